namespace Notebooks.Kernel.Model;

/// <summary>The kind of a notebook cell, as nbformat names it in <c>cell_type</c>.</summary>
public enum CellKind
{
    /// <summary>Source code run by a kernel.</summary>
    Code,

    /// <summary>Markdown text.</summary>
    Markdown,

    /// <summary>Raw text passed through untouched.</summary>
    Raw,
}
