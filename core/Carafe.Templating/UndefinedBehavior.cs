namespace Carafe.Templating;

/// <summary>What a template may do with a name that has no value (Jinja's <c>undefined=</c> classes).</summary>
public enum UndefinedBehavior
{
    /// <summary>Prints as empty, iterates as empty, is false; fails on attribute access (Jinja's <c>Undefined</c>).</summary>
    Default,

    /// <summary>Fails on any use but <c>is defined</c> and <c>default</c> (Jinja's <c>StrictUndefined</c>).</summary>
    Strict,

    /// <summary>Like <see cref="Default"/>, but attribute access on it yields another undefined (Jinja's <c>ChainableUndefined</c>).</summary>
    Chainable,

    /// <summary>Prints <c>{{ name }}</c> in place of the value to make missing data visible (Jinja's <c>DebugUndefined</c>).</summary>
    Debug,
}
