using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>'translation_of: /om-prosjektet/': the site path of the original page, and where the editor wrote it.</summary>
public sealed record TranslationLink(string SitePath, SourceLocation Location);
