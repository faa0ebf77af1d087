using System.CommandLine;
using System.Text;
using KnowledgeGraph.Core.Analysis;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Ingest.Commands;

/// <summary>
/// <c>segment [--segmenter jieba|smartcn] [--search] [--pos]</c>: reads UTF-8 text on standard
/// input and writes, for each input line, one line of words separated by single spaces
/// (<c>word/tag</c> with --pos). Whitespace is not written as a word. <c>--segmenter smartcn</c>
/// cuts with Lucene's SmartCn instead of jieba, to compare the two (it has no search mode, tags
/// or user dictionary).
/// </summary>
internal static class SegmentCommand
{
    public static Command Create()
    {
        var search = new Option<bool>("--search") { Description = "Search mode: also the dictionary 2- and 3-character words inside longer words." };
        var pos = new Option<bool>("--pos") { Description = "Write each word as word/tag with its part-of-speech tag." };
        var noHmm = new Option<bool>("--no-hmm") { Description = "Do not use the HMM for words missing from the dictionary." };
        var noUserDictionary = new Option<bool>("--no-user-dict") { Description = "Only jieba's dictionary, without the CPPCC user dictionary." };
        var segmenter = new Option<string>("--segmenter")
        {
            Description = "jieba (the default) or smartcn (Lucene's SmartChineseAnalyzer tokenizer, to compare; without search mode, tags or user dictionary).",
            DefaultValueFactory = _ => "jieba",
        };
        segmenter.AcceptOnlyFromAmong("jieba", "smartcn");
        var command = new Command("segment", "Segment Chinese text from standard input, one output line per input line.")
        {
            segmenter, search, pos, noHmm, noUserDictionary,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(segmenter) == "smartcn")
            {
                if (parse.GetValue(search) || parse.GetValue(pos) || parse.GetValue(noHmm) || parse.GetValue(noUserDictionary))
                {
                    Console.Error.WriteLine("--search, --pos, --no-hmm and --no-user-dict are jieba's: SmartCn has no search mode, tags or user dictionary.");
                    return 2;
                }

                return RunSmartCn(Console.OpenStandardInput(), Console.OpenStandardOutput());
            }

            return Run(
                Load(withUserDictionary: !parse.GetValue(noUserDictionary)),
                parse.GetValue(search) ? SegmentMode.Search : SegmentMode.Default,
                parse.GetValue(pos),
                hmm: !parse.GetValue(noHmm),
                Console.OpenStandardInput(),
                Console.OpenStandardOutput());
        });
        return command;
    }

    private static JiebaSegmenter Load(bool withUserDictionary)
    {
        var options = new SegmenterOptions();
        if (!withUserDictionary)
        {
            options.IncludeCppccDictionary = false;
        }

        return JiebaSegmenter.Load(options);
    }

    internal static int RunSmartCn(Stream input, Stream output)
    {
        var segmenter = new SmartCnSegmenter();
        using var reader = new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 1 << 16);
        while (reader.ReadLine() is { } line)
        {
            writer.Write(string.Join(' ', segmenter.Words(line)));
            writer.Write('\n');
        }

        return 0;
    }

    internal static int Run(JiebaSegmenter segmenter, SegmentMode mode, bool withTags, bool hmm, Stream input, Stream output)
    {
        using var reader = new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 1 << 16);
        var words = new List<WordSpan>(1024);
        while (reader.ReadLine() is { } line)
        {
            words.Clear();
            segmenter.Segment(line, words, mode, hmm);
            var first = true;
            foreach (var word in words)
            {
                var text = line.AsSpan(word.Start, word.Length);
                if (text.IsWhiteSpace())
                {
                    continue;
                }

                if (!first)
                {
                    writer.Write(' ');
                }

                first = false;
                writer.Write(text);
                if (withTags)
                {
                    writer.Write('/');
                    writer.Write(segmenter.Tag(text));
                }
            }

            writer.Write('\n');
        }

        return 0;
    }
}
