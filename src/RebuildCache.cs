using SiteGen.Rendering.Incremental;

namespace SiteGen;

/// <summary>
/// What one build leaves for the next in the same process (the preview server), so a rebuild after an
/// edit renders and checks only the pages the edit changed. Builds that share it must run one at a time.
/// </summary>
public sealed class RebuildCache
{
    public Content.ParseCache Files { get; } = new();

    public RenderCache Pages { get; } = new();
}
