namespace Carafe.Templates.Tests;

/// <summary>The test classes sharing one <see cref="PackedTemplates"/>: packing every package is the slow part.</summary>
[CollectionDefinition(nameof(PackedTemplatesCollection))]
public sealed class PackedTemplatesCollection : ICollectionFixture<PackedTemplates>
{
}
