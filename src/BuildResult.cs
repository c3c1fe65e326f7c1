using System.Collections.Immutable;
using SiteGen.Diagnostics;
using SiteGen.Site;
using SiteGen.Output;

namespace SiteGen;

/// <summary>A build in memory: the files sorted by path, every diagnostic, and counts for the summary line.</summary>
public sealed record BuildResult(ImmutableArray<OutputFile> Files, ImmutableArray<Diagnostic> Diagnostics, SiteModel? Model)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => !d.IsError);

    public OutputFile? File(string path) => Files.FirstOrDefault(f => f.Path == path);

    /// <summary>Links to other sites in the finished pages, by host, for the --list-external report.</summary>
    public ImmutableArray<Links.ExternalLink> ExternalLinks { get; init; } = [];
}
