using System.Collections.Immutable;

namespace SiteGen.Rendering.Views;

/// <summary>
/// A published file for templates (the Dokumenter page). <c>label</c> is "(PDF, 2 sider, 47 kB)";
/// <c>size</c> alone is "47 kB"; <c>pages</c> is null for files other than PDFs; <c>download</c> says
/// whether browsers should save it rather than show it; <c>linked_from</c> lists the pages that link to it.
/// </summary>
public sealed record DownloadView(
    string Title,
    string FileName,
    string Url,
    string Type,
    string MediaType,
    bool Download,
    string Size,
    int? Pages,
    string Label,
    DateView? Date,
    string? Description,
    ImmutableArray<LinkView> LinkedFrom);
