namespace Carafe.Templating;

/// <summary>Names this assembly for reflection, such as loading embedded templates.</summary>
public static class AssemblyMarker;
