using System.Text;

namespace SiteGen.Server;

/// <summary>
/// Adds the preview's own markup (live reload, error overlay) to an HTML page as it is sent. Done at
/// response time, never in the build, so the files 'build' writes cannot contain it.
/// </summary>
public static class HtmlInjector
{
    public static byte[] Inject(byte[] html, string snippet)
    {
        if (snippet.Length == 0)
            return html;
        var text = Encoding.UTF8.GetString(html);
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var result = end < 0 ? text + snippet : string.Concat(text.AsSpan(0, end), snippet, text.AsSpan(end));
        return Encoding.UTF8.GetBytes(result);
    }
}
