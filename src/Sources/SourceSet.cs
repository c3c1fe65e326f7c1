using System.Collections.Immutable;

namespace SiteGen.Sources;

/// <summary>Everything the build reads from disk, loaded once, sorted by path.</summary>
public sealed record SourceSet(
    SourceFile? SiteConfig,
    SourceFile? Deadlines,
    ImmutableArray<SourceFile> News,
    ImmutableArray<SourceFile> Pages,
    ImmutableArray<SourceFile> Files,
    ImmutableArray<SourceFile> Templates,
    ImmutableArray<SourceFile> StaticFiles)
{
    /// <summary>Files other than Markdown in news/ and pages/ (images, PDFs beside the text that uses them); published like input/files/.</summary>
    public ImmutableArray<SourceFile> ContentFiles { get; init; } = [];

    /// <summary>The theme's texts per language, theme/i18n/&lt;lang&gt;.yml.</summary>
    public ImmutableArray<SourceFile> I18n { get; init; } = [];
}
