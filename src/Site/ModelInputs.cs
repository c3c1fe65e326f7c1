using SiteGen.Config;
using SiteGen.Documents;
using SiteGen.History;
using SiteGen.I18n;
using SiteGen.Sources;
using SiteGen.Time;

namespace SiteGen.Site;

/// <summary>Everything the model is built from, complete before it is built: read files, parsed content, settings, texts, history and the clock.</summary>
public sealed record ModelInputs(
    SiteConfig Config,
    SourceSet Sources,
    ParsedContent Parsed,
    DocumentIndex Documents,
    UiStrings Strings,
    RepositoryHistory History,
    SiteTime Time,
    bool IncludeDrafts);
