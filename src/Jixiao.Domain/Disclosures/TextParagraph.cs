namespace Jixiao.Disclosures;

/// <summary>A paragraph of the explanations, with the heading of the section it stands in and its line.</summary>
public sealed record TextParagraph(string Section, string Text, int Line);
