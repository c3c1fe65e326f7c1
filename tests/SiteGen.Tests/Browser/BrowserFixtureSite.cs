namespace SiteGen.Tests.Browser;

/// <summary>
/// The fixture site of the browser tests: one of each kind of page, in the editors' format, and one
/// deliberately broken page (<see cref="BrokenPage"/>) whose image has no alt text, so the tests can
/// show that the accessibility check does fail.
/// </summary>
public static class BrowserFixtureSite
{
    /// <summary>The page with an image without alt text; it loads a real PNG, so the image is really there.</summary>
    public const string BrokenPage = "/uten-alt/";

    /// <summary>A relative image link from <see cref="BrokenPage"/> resolves to /uten-alt/bilde.png, published from input/static/.</summary>
    public const string ImagePath = "input/static/uten-alt/bilde.png";

    /// <summary>A 16×16 blue PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFUlEQVR42mNgCKgiDY1qGNUwfDUAAOscygFCfvMYAAAAAElFTkSuQmCC");

    public static readonly (string Path, string Content)[] Files =
    [
        ("input/site.yml", """
            title: Testsiden
            description: En side for nettlesertestene.
            base_url: https://test.example/
            language: nb
            time_zone: Europe/Oslo
            owner: Testbiblioteket
            news_per_page: 2
            audiences:
              folkebibliotek: Folkebibliotek
              skolebibliotek: Skolebibliotek
            menu:
              - title: Forside
                url: /
              - title: Aktuelt
                url: /aktuelt/
              - title: Frister
                url: /frister/
              - title: Om testsiden
                url: /om/
            """),
        ("input/pages/index.md", """
            ---
            title: Velkommen til testsiden
            summary: Forsiden til testsiden.
            ---
            Dette er forsiden. Her står det litt tekst om [testsiden](/om/).
            """),
        ("input/pages/om.md", """
            ---
            title: Om testsiden
            summary: Hva testsiden er til.
            ---
            Testsiden viser hver slags side én gang.

            ## En tabell

            | Hva | Når |
            | --- | --- |
            | Kartlegging | 2. desember 2022 |
            | Avtale | 30. desember 2022 |

            ## En liste

            - Første punkt med en [lenke til fristene](/frister/).
            - Andre punkt.

            ## Til slutt

            Her er et bilde med alternativ tekst: ![Et blått kvadrat](/uten-alt/bilde.png)
            """),
        ("input/pages/uten-alt.md", """
            ---
            title: Side med bilde uten alternativ tekst
            ---
            Dette bildet mangler alternativ tekst, og det skal tilgjengelighetstesten finne:

            ![](bilde.png)
            """),
        ("input/news/forste-sak.md", """
            ---
            title: Første sak
            date: 2022-11-01
            summary: Den første saken.
            tags: [test]
            deadlines: [kartlegging]
            ---
            Dette er den første saken.
            """),
        ("input/news/andre-sak.md", """
            ---
            title: Andre sak
            date: 2022-11-10
            summary: Den andre saken.
            ---
            Dette er den andre saken.
            """),
        ("input/news/tredje-sak.md", """
            ---
            title: Tredje sak
            date: 2022-11-15
            ---
            Dette er den tredje saken, uten sammendrag. Formelen 𝐀𝐁c står i vedlegget, ved tegnet 丽.
            """),
        ("input/data/deadlines.yml", """
            - id: kartlegging
              title: Svarfrist for kartleggingen
              date: 2022-12-02
              audience: [folkebibliotek]
              description: |
                Send inn svarene på kartleggingen.
              link: /aktuelt/forste-sak/
            - id: gammel-frist
              title: En frist som er passert
              date: 2022-10-01
              audience: [skolebibliotek]
              description: |
                Denne fristen er passert.
            """),
    ];
}
