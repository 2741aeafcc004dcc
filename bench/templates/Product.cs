namespace Carafe.Bench.Templates;

/// <summary>One product of the product-list page.</summary>
/// <param name="Id">Its id, rendered in the element id.</param>
/// <param name="Name">Its name, escaped on output.</param>
/// <param name="Price">Its price, rendered as is (always two non-zero decimals, so every engine prints it alike).</param>
/// <param name="Description">Its description, with characters that need escaping.</param>
/// <param name="InStock">Whether it is in stock: the page's conditional.</param>
/// <param name="Tags">Its tags: the page's inner loop.</param>
public sealed record Product(int Id, string Name, decimal Price, string Description, bool InStock, string[] Tags);
