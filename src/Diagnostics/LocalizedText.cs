namespace SiteGen.Diagnostics;

/// <summary>
/// A message for editors in both languages. Every diagnostic carries both texts, so the same build
/// can be printed in Norwegian or English; the printer picks one. Norwegian quotes values with «»,
/// English with ''.
/// </summary>
public sealed record LocalizedText(string En, string Nb)
{
    public string In(MessageLanguage language) => language == MessageLanguage.En ? En : Nb;

    /// <summary>Joins two parts of a message, each language with its own.</summary>
    public static LocalizedText operator +(LocalizedText first, LocalizedText second) => new(first.En + second.En, first.Nb + second.Nb);

    /// <summary>The English text: for logs and failure messages read by developers.</summary>
    public override string ToString() => En;
}
