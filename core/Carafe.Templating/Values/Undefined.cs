namespace Carafe.Templating.Values;

/// <summary>
/// A missing value, carrying enough to explain itself (which name, or which attribute of what) as Jinja's
/// <c>Undefined</c> does; the <see cref="UndefinedBehavior"/> decides which uses fail.
/// </summary>
internal sealed class Undefined
{
    private readonly object? _owner;
    private readonly bool _hasOwner;

    public Undefined(UndefinedBehavior behavior, object? name, string? hint = null)
    {
        Behavior = behavior;
        Name = name;
        Hint = hint;
    }

    public Undefined(UndefinedBehavior behavior, object? owner, object? name)
    {
        Behavior = behavior;
        _owner = owner;
        _hasOwner = true;
        Name = name;
    }

    public UndefinedBehavior Behavior { get; }
    public object? Name { get; }
    public string? Hint { get; }

    /// <summary>Jinja's message: <c>'x' is undefined</c> or <c>'dict object' has no attribute 'y'</c>.</summary>
    public string Message
    {
        get
        {
            if (Hint is not null) return Hint;
            if (!_hasOwner) return $"{PyFormat.Repr(Name)} is undefined";
            if (Name is not string) return $"{PyFormat.ObjectTypeRepr(_owner)} has no element {PyFormat.Repr(Name)}";
            return $"{PyFormat.Repr(PyFormat.ObjectTypeRepr(_owner))} has no attribute {PyFormat.Repr(Name)}";
        }
    }

    public UndefinedException Fail() => new(Message);

    /// <summary>Strict undefined fails on any use; the others only on what Jinja forbids them.</summary>
    public void FailIfStrict()
    {
        if (Behavior == UndefinedBehavior.Strict) throw Fail();
    }

    /// <summary>What <c>{{ x }}</c> prints.</summary>
    public string Print() => Behavior switch
    {
        UndefinedBehavior.Strict => throw Fail(),
        UndefinedBehavior.Debug => Hint is not null ? $"{{{{ undefined value printed: {Hint} }}}}"
            : _hasOwner ? $"{{{{ no such element: {PyFormat.ObjectTypeRepr(_owner)}[{PyFormat.Repr(Name)}] }}}}"
            : $"{{{{ {Name} }}}}",
        _ => "",
    };

    public override string ToString() => Print();
}
