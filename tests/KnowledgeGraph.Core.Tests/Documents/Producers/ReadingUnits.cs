using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Tests.Documents.Producers;

/// <summary>
/// What the pipeline reads of a loaded text: its headings and sentences in order, after the
/// normalizer and the structure parser, without whitespace, so that two versions of a document
/// (its plain text and a PDF or Word file made from it) can be compared unit by unit.
/// </summary>
internal static class ReadingUnits
{
    public static List<string> Of(string loadedText)
    {
        var normalized = new TextNormalizer().Normalize(loadedText);
        var structure = new DocumentStructureParser().Parse("doc", normalized);
        var units = new List<string>();
        foreach (var section in structure.Sections)
        {
            if (section.Heading is { } heading)
            {
                units.Add(heading);
            }

            units.AddRange(section.Paragraphs.SelectMany(p => p.Sentences).Select(s => s.Text));
        }

        return units.Select(WithoutWhitespace).Where(u => u.Length > 0).ToList();
    }

    public static string WithoutWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
