using SiteGen.Search;

namespace SiteGen.Tests.Search;

public sealed class NorwegianStemmerTests
{
    [Theory]
    // Pairs from Snowball's own test vocabulary (github.com/snowballstem/snowball-data, norwegian/voc.txt and
    // output.txt): every 580th word, and words that need the rarer rules («ers», «dt», «hetene»). The port and
    // sok.js were checked against all 20,736 words of it that have no accents (SearchText folds accents first).
    [InlineData("a", "a")]
    [InlineData("arbeidstilhøve", "arbeidstilhøv")]
    [InlineData("barnehage", "barnehag")]
    [InlineData("bodet", "bod")]
    [InlineData("byfunksjoner", "byfunksjon")]
    [InlineData("distribusjonsfunksjonen", "distribusjonsfunksjon")]
    [InlineData("ektefellen", "ektefell")]
    [InlineData("felleskontor", "felleskontor")]
    [InlineData("forening", "forening")]
    [InlineData("forvaltningsinstitusjonen", "forvaltningsinstitusjon")]
    [InlineData("galar", "gal")]
    [InlineData("grunnfondet", "grunnfond")]
    [InlineData("hentast", "hent")]
    [InlineData("hør", "hør")]
    [InlineData("inntekter", "inntekt")]
    [InlineData("kippersar", "kippers")]
    [InlineData("konstruksjonar", "konstruksjon")]
    [InlineData("lansert", "lanser")]
    [InlineData("luftfartøyregister", "luftfartøyregist")]
    [InlineData("mellomstasjon", "mellomstasjon")]
    [InlineData("møtevirksomhet", "møtevirksom")]
    [InlineData("omgjering", "omgjering")]
    [InlineData("osv", "osv")]
    [InlineData("pipende", "pip")]
    [InlineData("rammen", "ramm")]
    [InlineData("revierhavna", "revierhavn")]
    [InlineData("sammenlikninger", "sammenlikning")]
    [InlineData("skaden", "skad")]
    [InlineData("smyge", "smyg")]
    [InlineData("stimler", "stiml")]
    [InlineData("særmerknad", "særmerknad")]
    [InlineData("tilseiing", "tilseiing")]
    [InlineData("trolldom", "trolldom")]
    [InlineData("urd", "urd")]
    [InlineData("valgte", "valgt")]
    [InlineData("videreutvikling", "videreutvikling")]
    [InlineData("asters", "asters")]
    [InlineData("bunkers", "bunkers")]
    [InlineData("kjærlighet", "kjær")]
    [InlineData("kommers", "kommers")]
    public void Stem_GivesSnowballsStem(string word, string stem) => Assert.Equal(stem, NorwegianStemmer.Stem(word));

    [Theory]
    [InlineData("presentasjon", "presentasjonen", "presentasjonene")]
    [InlineData("avtale", "avtalen", "avtaler")]
    [InlineData("frist", "fristen", "fristene")]
    public void Stem_InflectedFormsMeet(string a, string b, string c)
    {
        Assert.Equal(NorwegianStemmer.Stem(a), NorwegianStemmer.Stem(b));
        Assert.Equal(NorwegianStemmer.Stem(a), NorwegianStemmer.Stem(c));
    }

    [Fact]
    public void Fold_DropsAccentsButKeepsTheNorwegianLetters()
    {
        Assert.Equal("kafe blåbær ødegård cahppa", SearchText.Fold("Kafé Blåbær Ødegård Čáhppa"));
    }

    [Fact]
    public void Distance_CountsASwapAsOneEdit()
    {
        Assert.Equal(1, SearchQuery.Distance("mikromrac", "mikromarc", 2));
        Assert.Equal(1, SearchQuery.Distance("kravspesifikasjonn", "kravspesifikasjon", 2));
        Assert.Equal(3, SearchQuery.Distance("abcdef", "uvwxyz", 2));
    }
}
