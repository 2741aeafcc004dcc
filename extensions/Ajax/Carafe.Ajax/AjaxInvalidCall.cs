namespace Carafe.Ajax;

/// <summary>A callback the browser called the wrong way, given to the <see cref="Ajax.OnInvalidCall"/> handler.</summary>
/// <param name="Name">The callback's public name.</param>
/// <param name="Reason">What was wrong, such as <c>'say_hi' takes 1 argument, but 2 were sent.</c></param>
public sealed record AjaxInvalidCall(string Name, string Reason);
