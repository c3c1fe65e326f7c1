using System.Globalization;
using SiteGen.Yaml;

namespace SiteGen.Authoring;

/// <summary>
/// What 'new' writes: front matter filled in, with the optional keys as comments that say how to use
/// them. The comments are in Norwegian because the editors who open these files are.
/// Each template builds cleanly as it is, so a preview works from the first save.
/// </summary>
public static class ContentTemplates
{
    // The placeholders' first sentences: the build warns while they are still in a file (not ready to publish).
    public const string NewsPlaceholder = "Skriv saken her.";
    public const string PagePlaceholder = "Skriv siden her.";
    public const string DeadlinePlaceholder = "Skriv hva som skal gjøres innen fristen.";

    public static string News(string title, DateOnly date) => $"""
        ---
        title: {YamlText.Quote(title)}
        date: {Iso(date)}
        # summary: Én setning som vises i lister og som beskrivelse av saken.
        # tags: [kravspesifikasjon]
        # deadlines: [id-fra-data-deadlines]  # frister saken handler om
        # draft: true  # skjuler saken til linjen fjernes
        ---

        {NewsPlaceholder} En tom linje gir nytt avsnitt.

        """;

    public static string Page(string title) => $"""
        ---
        title: {YamlText.Quote(title)}
        # summary: Én setning som beskriver siden.
        # menu: 10  # rekkefølge blant sidene
        # aliases: [/gammel-adresse/]  # gamle adresser som skal lede hit
        # lang: en  # språket siden er skrevet på, hvis ikke bokmål: nn, se eller en
        # translation_of: /om-prosjektet/  # siden dette er en oversettelse av (/ er forsiden)
        ---

        {PagePlaceholder} Overskrifter skrives med ## foran.

        """;

    /// <param name="audiences">The audience ids from site.yml, listed in a comment as the choices.</param>
    /// <param name="date">As the editor wrote it (a day, a day and time, or a month), or today.</param>
    public static string Deadline(string id, string title, string date, IReadOnlyList<string> audiences)
    {
        var choices = audiences.Count == 0 ? "navn fra «audiences» i site.yml" : "velg blant " + string.Join(", ", audiences);
        var example = audiences.Count == 0 ? "folkebibliotek" : audiences[0];
        return $"""
            - id: {id}  # fast navn; endres aldri etter at fristen er publisert
              title: {YamlText.Quote(title)}
              date: {date}  # en dag; eller 2022-12-02T14:00 (norsk tid); eller 2023-06 (en hel måned)
              # end: 2023-08  # valgfri: siste dag i en periode
              # audience: [{example}]  # {choices}
              description: |
                {DeadlinePlaceholder}
              # link: /aktuelt/sak/  # valgfri: en side, nyhet eller fil på nettstedet, eller https://…

            """;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
