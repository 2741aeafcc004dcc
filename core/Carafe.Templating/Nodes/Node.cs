namespace Carafe.Templating.Nodes;

/// <summary>A node of the parsed template; every node knows its source line for error messages.</summary>
internal abstract class Node(int line)
{
    public int Line { get; } = line;
}
