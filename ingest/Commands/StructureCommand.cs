using System.CommandLine;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Segmentation;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Ingest.Commands;

/// <summary>
/// <c>structure FILE... [--words]</c>: reads each document, repairs it, and prints its sections
/// and sentences with their ids and their offsets in the original text, so anyone can see what
/// the pipeline makes of a file. A file that cannot be read is reported and skipped.
/// </summary>
internal static class StructureCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Documents or folders to read.", Arity = ArgumentArity.OneOrMore };
        var words = new Option<bool>("--words") { Description = "Also print each sentence's words, as segmented for the index." };
        var command = new Command("structure", "Print the sections and sentences of documents, with offsets in the original text.")
        {
            files, words,
        };
        command.SetAction(parse => Run(
            parse.GetValue(files)!,
            parse.GetValue(words) ? JiebaSegmenter.Load() : null,
            Console.Out,
            Console.Error));
        return command;
    }

    internal static int Run(IEnumerable<string> paths, JiebaSegmenter? segmenter, TextWriter output, TextWriter errors)
    {
        var normalizer = new TextNormalizer();
        var parser = new DocumentStructureParser();
        var failures = 0;
        foreach (var result in new DocumentReader().LoadAll(paths))
        {
            if (result is LoadFailure failure)
            {
                errors.WriteLine($"skipped {failure.Path}: {failure.Reason}");
                failures++;
                continue;
            }

            var document = (LoadedDocument)result;
            var text = normalizer.Normalize(document.Text);
            var structure = parser.Parse(Path.GetFileNameWithoutExtension(document.Path), text);
            output.WriteLine($"# {document.Path} ({document.Format}{(document.Encoding is null ? "" : ", " + document.Encoding)}): " +
                $"{structure.Sections.Count} sections, {structure.Sentences.Count()} sentences");
            foreach (var section in structure.Sections)
            {
                output.WriteLine($"## {section.Id} level {section.Level}: {section.Heading ?? "(no heading)"}");
                foreach (var sentence in section.Paragraphs.SelectMany(p => p.Sentences))
                {
                    var (start, end) = text.ToOriginal(sentence.Start, sentence.End);
                    output.WriteLine($"{sentence.Id} [{start},{end}) {sentence.Text}");
                    if (segmenter is not null)
                    {
                        var sentenceWords = segmenter.Cut(sentence.Text).Where(w => !string.IsNullOrWhiteSpace(w));
                        output.WriteLine($"    {string.Join(' ', sentenceWords)}");
                    }
                }
            }
        }

        return failures == 0 ? 0 : 1;
    }
}
