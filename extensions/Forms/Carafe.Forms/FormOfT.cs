using Carafe.Extensions;
using Carafe.Forms.Binding;
using Carafe.Forms.Csrf;
using Carafe.Forms.Fields;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Carafe.Forms;

/// <summary>
/// A form of class <typeparamref name="T"/> bound to the current request, as a Flask-WTF <c>FlaskForm</c>:
/// made by <see cref="Forms.Create{T}"/>, validated with <see cref="ValidateOnSubmitAsync"/> (the declared
/// WTForms validators, then every FluentValidation <c>IValidator&lt;T&gt;</c> in the request's services),
/// and read with <see cref="Data"/> or <see cref="PopulateObj"/>.
/// </summary>
/// <typeparam name="T">The form class: public read-write properties are its fields.</typeparam>
public sealed class Form<T> : Form where T : class
{
    private readonly Request? _request;
    private readonly IServiceProvider? _services;
    private bool _validated;

    internal Form(FormData? formData, T? obj, CsrfContext? csrf, string csrfFieldName, string prefix, Request? request, IServiceProvider? services)
        : base(FormSchema.For(typeof(T)), prefix, formData, obj, csrf, csrfFieldName)
    {
        _request = request;
        _services = services;
    }

    /// <summary>Whether the request is a submission: POST, PUT, PATCH or DELETE, as Flask-WTF's <c>is_submitted</c>.</summary>
    public bool IsSubmitted => _request is not null && FormData.IsSubmitted(_request);

    /// <summary>A new <typeparamref name="T"/> holding the fields' values (a field that failed to convert holds its default).</summary>
    public T Data => (T)BuildObject();

    /// <summary>
    /// Validates every field and then runs the FluentValidation validators of <typeparamref name="T"/>
    /// (resolved from the request's services, so they may use scoped ones) on <see cref="Data"/>; their
    /// errors go to the fields their property paths name, or to <see cref="Form.FormErrors"/>. A field that
    /// already has an error gets no more from FluentValidation.
    /// </summary>
    public async Task<bool> ValidateAsync(CancellationToken cancellationToken = default)
    {
        _validated = false;
        var valid = ValidateFields();
        var validators = _services?.GetServices<IValidator<T>>() ?? [];
        var data = Data;
        var refused = Fields.SelectMany(f => f.AllErrors()).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(data, cancellationToken);
            foreach (var failure in result.Errors)
            {
                var field = FieldAt(failure.PropertyName);
                if (field is null)
                {
                    AddFormError(failure.ErrorMessage);
                }
                else if (!refused.Contains(field.Name))
                {
                    field.AddValidationError(failure.ErrorMessage);
                }
                valid = false;
            }
        }
        _validated = valid;
        return valid;
    }

    /// <summary>Whether the request is a submission and the form is valid, as Flask-WTF's <c>validate_on_submit</c>.</summary>
    public async Task<bool> ValidateOnSubmitAsync(CancellationToken cancellationToken = default) =>
        IsSubmitted && await ValidateAsync(cancellationToken);

    /// <summary>
    /// Validates the submitted data and returns it; when it is not valid, answers the request with 400:
    /// the errors as JSON (<c>{"errors": {"field": ["message"]}}</c>) when the client sent or asked for JSON,
    /// else a plain 400 naming the fields. For forms used as a JSON API's validator.
    /// </summary>
    /// <exception cref="HttpException">The data is not valid (400).</exception>
    public async Task<T> ValidatedDataAsync(CancellationToken cancellationToken = default)
    {
        if (await ValidateAsync(cancellationToken))
        {
            return Data;
        }
        var errors = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["errors"] = Errors.ToDictionary(e => e.Key, e => (object?)e.Value.ToList()),
        };
        if (FormErrors.Count > 0)
        {
            errors["form_errors"] = FormErrors.ToList();
        }
        if (_request is not null && WantsJson(_request) && _services?.GetService<IViewHelpers>() is { } views)
        {
            var response = views.Jsonify(errors);
            response.StatusCode = 400;
            throw new HttpException(response);
        }
        throw new HttpException(400, "The form is not valid: " + string.Join("; ",
            Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}").Concat(FormErrors)));
    }

    /// <summary>
    /// Copies the validated values onto <paramref name="obj"/>, as WTForms' <c>populate_obj</c>. Only after
    /// a successful validation: an object is never left holding part of a refused submission.
    /// </summary>
    /// <exception cref="InvalidOperationException">The form was not validated, or was not valid.</exception>
    public void PopulateObj(T obj)
    {
        if (!_validated)
        {
            throw new InvalidOperationException(
                "PopulateObj copies a valid submission only: call ValidateOnSubmitAsync (or ValidateAsync) first and copy when it returns true.");
        }
        CopyOnto(obj);
    }

    private static bool WantsJson(Request request)
    {
        if (request.IsJson)
        {
            return true;
        }
        var accept = request.Headers["Accept"] ?? "";
        var json = accept.IndexOf("application/json", StringComparison.OrdinalIgnoreCase);
        var html = accept.IndexOf("text/html", StringComparison.OrdinalIgnoreCase);
        return json >= 0 && (html < 0 || json < html);
    }
}
