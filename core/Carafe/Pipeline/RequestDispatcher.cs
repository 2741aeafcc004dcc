using Carafe.Diagnostics;
using Carafe.Http;
using Carafe.Routing;
using Carafe.Views;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Carafe.Pipeline;

/// <summary>
/// Handles one request the way Flask's <c>wsgi_app</c> does: route, read the body, run the
/// before-request hooks, the view, the error handlers, the after-request hooks and the session
/// save, write the response, then run the teardown hooks with the unhandled exception if any.
/// </summary>
internal sealed partial class RequestDispatcher(CarafeApp app)
{
    public async Task HandleAsync(HttpContext http)
    {
        var request = new CarafeRequest(http, app.Compiled.TrustedHosts);
        var context = new RequestContext(app, http, request);
        RequestContext.Current = context;
        Exception? unhandled = null;
        try
        {
            Response response;
            try
            {
                response = await FullDispatchAsync(context);
            }
            catch (Exception e) when (!http.RequestAborted.IsCancellationRequested)
            {
                unhandled = e;
                LogUnhandled(app.Logger, e, request.Path, request.Method);
                if (PropagateExceptions)
                {
                    throw;
                }
                response = await HandleUnhandledAsync(context, e);
            }
            await using (response)
            {
                await ResponseWriter.WriteAsync(http, request.Method, response);
            }
        }
        finally
        {
            await TeardownAsync(context, unhandled);
            RequestContext.Current = null;
        }
    }

    private bool PropagateExceptions => app.Config["PROPAGATE_EXCEPTIONS"] is not null
        ? app.Config.Get("PROPAGATE_EXCEPTIONS", false)
        : app.Testing;

    private async Task<Response> FullDispatchAsync(RequestContext context)
    {
        object? result;
        try
        {
            result = await PreprocessAsync(context) ?? await DispatchAsync(context);
        }
        catch (HttpException e)
        {
            result = await HandleHttpExceptionAsync(context, e);
        }
        catch (RoutingRedirect redirect)
        {
            result = redirect.Response;
        }
        catch (Exception e) when (FindHandler(context, null, e.GetType()) is { } handler)
        {
            result = await handler.InvokeAsync(context, e);
        }
        return await FinalizeAsync(context, result);
    }

    /// <summary>Routes the request and runs the before-request hooks; a non-null result short-circuits the view.</summary>
    private async Task<object?> PreprocessAsync(RequestContext context)
    {
        var request = context.Request;
        // An untrusted host is raised in place of routing, as Flask 3.1 does: after the before-request hooks.
        var match = request.HostError is null ? Instrumentation.MatchRoute(context.Compiled.Map, request.Path, request.Method) : RouteMatch.NotFound;
        context.Match = match;
        if (match.Kind == RouteMatchKind.Found)
        {
            request.MatchedEndpoint = match.Rule!.Endpoint;
            request.MatchedValues = match.Values;
            await request.LoadBodyAsync(MaxContentLength, context.HttpContext.RequestAborted);
        }
        if (app.SessionInterface is { } sessions && request.Cookies.ContainsKey(SessionCookieName))
        {
            context.SetSession(await sessions.OpenAsync(request, context.HttpContext.RequestAborted));
        }
        foreach (var scope in context.Compiled.ScopesOf(request.Blueprint))
        {
            foreach (var hook in scope.BeforeRequest)
            {
                var result = await hook.InvokeAsync(context);
                if (result is not null)
                {
                    return result;
                }
            }
        }
        return null;
    }

    /// <summary>Raises the routing result, answers automatic OPTIONS, or calls the view.</summary>
    private async Task<object?> DispatchAsync(RequestContext context)
    {
        var match = context.Match;
        var request = context.Request;
        if (request.HostError is { } untrustedHost)
        {
            throw untrustedHost;
        }
        switch (match.Kind)
        {
            case RouteMatchKind.NotFound:
                throw new HttpException(404);
            case RouteMatchKind.MethodNotAllowed:
                throw new MethodNotAllowedException(match.AllowedMethods);
            case RouteMatchKind.Redirect:
                var location = $"{request.Scheme}://{request.Host}{request.ScriptRoot}{match.RedirectPath}";
                if (request.QueryString.Length > 0)
                {
                    location += "?" + request.QueryString;
                }
                throw new RoutingRedirect(Helpers.Redirect(location, 308));
        }
        var endpoint = match.Rule!.Endpoint;
        if (request.Method == "OPTIONS" && !context.Compiled.ManualOptionsEndpoints.Contains(endpoint))
        {
            var response = new Response();
            response.Headers["Allow"] = string.Join(", ", context.Compiled.Map.AllowedMethods(request.Path));
            return response;
        }
        return await Instrumentation.InvokeViewAsync(context.Compiled.Views[endpoint], context, endpoint);
    }

    private async Task<object?> HandleHttpExceptionAsync(RequestContext context, HttpException e)
    {
        if (e.Response is { } response)
        {
            return response;
        }
        var handler = FindHandler(context, e.StatusCode, e.GetType());
        return handler is null ? DefaultErrorResponse(e) : await handler.InvokeAsync(context, e);
    }

    /// <summary>Finds the handler as Flask does: by code then by class, the blueprint's before the app's, most derived class first.</summary>
    private ViewInvoker? FindHandler(RequestContext context, int? statusCode, Type exceptionType)
    {
        var scopes = context.Compiled.InnermostScopesFirst(context.Request.Blueprint);
        foreach (var code in statusCode is null ? [(int?)null] : new[] { statusCode, null })
        {
            foreach (var scope in scopes)
            {
                for (var type = exceptionType; type is not null && type != typeof(object); type = type.BaseType)
                {
                    foreach (var (handlerCode, handlerType, handler) in scope.ErrorHandlers)
                    {
                        var matches = code is null
                            ? handlerCode is null && handlerType == type
                            : handlerCode == code && type == exceptionType;
                        if (matches)
                        {
                            return handler;
                        }
                    }
                }
            }
        }
        return null;
    }

    private static Response DefaultErrorResponse(HttpException e)
    {
        var response = new Response(ErrorPages.Html(e.StatusCode, e.Description), e.StatusCode);
        if (e is MethodNotAllowedException notAllowed)
        {
            response.Headers["Allow"] = string.Join(", ", notAllowed.ValidMethods);
        }
        return response;
    }

    /// <summary>The 500 path: the handler for 500 with the original exception, else the default (or debug) page.</summary>
    private async Task<Response> HandleUnhandledAsync(RequestContext context, Exception e)
    {
        var serverError = new InternalServerErrorException(e);
        var handler = FindHandler(context, 500, typeof(InternalServerErrorException));
        object? result = handler is null
            ? app.Debug ? DebugErrorPage.Render(e, context.Request) : DefaultErrorResponse(serverError)
            : await handler.InvokeAsync(context, serverError);
        try
        {
            return await FinalizeAsync(context, result);
        }
        catch (Exception finalizeError)
        {
            LogUnhandled(app.Logger, finalizeError, context.Request.Path, context.Request.Method);
            return DefaultErrorResponse(serverError);
        }
    }

    /// <summary>Makes the response, runs the after-request hooks (blueprint's first, each in reverse) and saves the session.</summary>
    private async Task<Response> FinalizeAsync(RequestContext context, object? result)
    {
        var response = ResponseFactory.Make(result, context.Request.Endpoint);
        foreach (var scope in context.Compiled.InnermostScopesFirst(context.Request.Blueprint))
        {
            foreach (var hook in scope.AfterRequest)
            {
                if (await hook.InvokeAsync(context, response) is { } replaced)
                {
                    response = ResponseFactory.Make(replaced, context.Request.Endpoint);
                }
            }
        }
        if (context.SessionOpened && app.SessionInterface is { } sessions)
        {
            await sessions.SaveAsync(context.Session, context.Request, response, context.HttpContext.RequestAborted);
        }
        return response;
    }

    private async Task TeardownAsync(RequestContext context, Exception? unhandled)
    {
        foreach (var scope in context.Compiled.InnermostScopesFirst(context.Request.Blueprint))
        {
            foreach (var hook in scope.TeardownRequest)
            {
                try
                {
                    await hook.InvokeAsync(context, unhandled);
                }
                catch (Exception e)
                {
                    LogTeardownFailed(app.Logger, e);
                }
            }
        }
    }

    private long? MaxContentLength => app.Config.Get<long?>("MAX_CONTENT_LENGTH", null);

    private string SessionCookieName => app.Config.Get("SESSION_COOKIE_NAME", "session");

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Exception on {Path} [{Method}]")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string path, string method);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "A teardown hook failed")]
    private static partial void LogTeardownFailed(ILogger logger, Exception exception);

    /// <summary>A strict-slashes or merge-slashes redirect: answered as it is, never by error handlers.</summary>
    private sealed class RoutingRedirect(Response response) : Exception
    {
        public Response Response { get; } = response;
    }
}
