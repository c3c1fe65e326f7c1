using SiteGen.Calendar;

namespace SiteGen.Tests.Calendar;

/// <summary>The plain text calendar apps show keeps what a reader needs from the description's HTML: addresses, bullets, numbers.</summary>
public sealed class FeedDescriptionTests
{
    private static readonly Uri Base = new("https://example.org/prosjekt/");

    [Fact]
    public void Text_LinksListsAndParagraphs_KeepAddressesBulletsAndBreaks()
    {
        const string html = """
            <p>Send <a href="mailto:post@example.org">post@example.org</a> eller <a href="https://example.org/skjema?a=1&amp;b=2">skjemaet</a>.</p>
            <ol start="3">
            <li><p>Les <a href="/prosjekt/files/plan.pdf">planen (PDF, 2 sider, 40 kB)</a></p></li>
            <li>Svar
            <ul>
            <li>innen fristen</li>
            </ul>
            </li>
            </ol>
            <p>Se <a href="#mer">under</a> og <a href="https://example.org/side/">https://example.org/side/</a>.</p>
            """;

        var text = FeedDescription.Text(html, Base);

        Assert.Equal("""
            Send post@example.org eller skjemaet (https://example.org/skjema?a=1&b=2).

            3. Les planen (PDF, 2 sider, 40 kB) (https://example.org/prosjekt/files/plan.pdf)
            4. Svar
              • innen fristen

            Se under og https://example.org/side/.
            """.ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public void Html_RelativeAddresses_BecomeAbsolute()
    {
        var html = FeedDescription.Html("<p><a href=\"/prosjekt/frister/\">frister</a> <img src=\"kart.png\" alt=\"Kart\"></p>", Base);

        Assert.Equal("<p><a href=\"https://example.org/prosjekt/frister/\">frister</a> <img src=\"https://example.org/prosjekt/kart.png\" alt=\"Kart\"></p>", html);
    }
}
