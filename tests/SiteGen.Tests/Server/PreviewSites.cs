using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

/// <summary>The small site the preview tests serve: a page, a news item, a deadline (for the feeds), a PDF and static files.</summary>
public static class PreviewSites
{
    public const string News = "---\ntitle: Første sak\ndate: 2022-11-01\n---\nFørste versjon av teksten.\n";

    public static TestSite Create()
    {
        var site = new TestSite(
            ("input/news/forste-sak.md", News),
            ("input/pages/om.md", "---\ntitle: Om prosjektet\n---\nOm oss.\n"),
            ("input/data/deadlines.yml", "- id: svarfrist\n  title: Svarfrist\n  date: 2022-12-02\n  audience: [folkebibliotek]\n"),
            ("input/static/sitemap-test.xml", "<?xml version=\"1.0\"?><urlset/>\n"),
            ("input/static/bilde.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n"),
            ("secret.txt", "HEMMELIG-INNHOLD\n"));
        const string pdf = "presentasjon-for-ledere.pdf";
        site.WriteBytes($"input/files/{pdf}", File.ReadAllBytes(Path.Combine(RepoPaths.Input, "files", pdf)));
        site.WriteBytes($"input/files/{pdf}.yml", File.ReadAllBytes(Path.Combine(RepoPaths.Input, "files", pdf + ".yml")));
        return site;
    }
}
