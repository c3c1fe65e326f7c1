using System.Collections.Immutable;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Sources;

namespace SiteGen.Rendering;

/// <summary>
/// Finds templates by name in the model's template files: the site's own input/_templates first,
/// then theme/templates, like Hugo's "project before theme". Also Scriban's loader for 'include'.
/// </summary>
public sealed class TemplateLocator : ITemplateLoader
{
    private static readonly string[] Roots = ["_templates/", "templates/"];
    private readonly ImmutableDictionary<string, SourceFile> byRoot;

    public TemplateLocator(ImmutableArray<SourceFile> templates)
    {
        // Keyed by root + name; input/ files carry "_templates/" and theme/ files "templates/".
        byRoot = templates.ToImmutableDictionary(t => t.RelativePath, StringComparer.Ordinal);
        SearchedDescription = "input/_templates, theme/templates";
    }

    public string SearchedDescription { get; }

    /// <summary>The message for a template that is not there, in both languages.</summary>
    public LocalizedText NotFound(string name) => new(
        $"template '{name}' not found (searched {SearchedDescription})",
        $"malen «{name}» finnes ikke (SiteGen har lett i {SearchedDescription}) – sjekk navnet, eller legg malen i en av mappene");

    /// <summary>The template file for a name such as "page.sbn" or "partials/header.sbn", or null.</summary>
    public SourceFile? Find(string name)
    {
        if (!IsSafeName(name))
            return null;
        foreach (var root in Roots)
        {
            if (byRoot.TryGetValue(root + name, out var file))
                return file;
        }
        return null;
    }

    /// <summary>Names may not leave the template folders.</summary>
    public static bool IsSafeName(string name) =>
        name.Length > 0 && !name.StartsWith('/') && !name.Contains('\\') && !name.Split('/').Any(part => part is "" or "." or "..");

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.EndsWith(".sbn", StringComparison.Ordinal) ? templateName : templateName + ".sbn";
        return Find(name)?.DisplayPath
            ?? throw new TemplateNotFoundException(callerSpan, NotFound(name));
    }

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        TextOf(byRoot.Values.First(f => f.DisplayPath == templatePath));

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(((ITemplateLoader)this).Load(context, callerSpan, templatePath));

    public static string TextOf(SourceFile file) =>
        TextDecoder.NormalizeNewlines(System.Text.Encoding.UTF8.GetString(file.Bytes).TrimStart('\uFEFF'));
}

/// <summary>An 'include' of a template that does not exist; carries the message in both languages.</summary>
public sealed class TemplateNotFoundException(SourceSpan span, LocalizedText text) : ScriptRuntimeException(span, text.En)
{
    public LocalizedText Text { get; } = text;
}
