using Scriban.Runtime;

namespace SiteGen.Rendering;

/// <summary>The functions SiteGen adds for templates, on top of Scriban's built-ins.</summary>
public static class TemplateFunctions
{
    public static ScriptObject Create(ViewFactory views)
    {
        var functions = new ScriptObject();
        functions["include"] = new SafeIncludeFunction();
        // {{ url "/aktuelt/" }}: a site path under the base path, so links work when the site lives in a sub-folder.
        functions["url"] = TemplateFunction.Of<string, string>("url", views.Href);
        return functions;
    }
}
