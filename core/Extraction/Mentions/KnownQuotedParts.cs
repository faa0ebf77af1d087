using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Extraction.Vocabulary;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Known initiatives (graph-schema/initiatives.json) in a quote: the whole name, each item of a list
/// (“A、B”), a place's own version of one (金华数字政协), or a compound A—B / A·B whose first part is
/// known (the last part then belongs to it; “书香政协·白云书院” is a new member of the family).
/// </summary>
internal sealed class KnownQuotedParts(ExtractionVocabulary vocabulary, string[] verbs)
{
    /// <summary>The known initiatives that the quote (inner text <paramref name="clean"/>) names.</summary>
    public List<QuotedName> Find(string text, QuotedSpan quote, string clean)
    {
        var found = new List<QuotedName>();
        if (vocabulary.Initiatives.Find(clean) is { } whole)
        {
            found.Add(new QuotedName(quote, whole.Name, QuoteRole.Initiative, quote.Open, quote.End, null, null) { Kind = whole.Kind, Umbrella = whole.PartOf });
            return found;
        }

        if (clean.Contains('、'))
        {
            var items = new List<(string Item, int Start, int End)>();
            var offset = quote.InnerStart;
            foreach (var item in quote.Inner(text).Split('、'))
            {
                items.Add((QuotedNameReader.Clean(item), offset, offset + item.Length));
                offset += item.Length + 1;
            }

            if (items.All(i => vocabulary.Initiatives.Find(i.Item) is not null))
            {
                foreach (var (item, start, end) in items)
                {
                    var known = vocabulary.Initiatives.Find(item)!;
                    found.Add(new QuotedName(quote, known.Name, QuoteRole.Initiative, start, end, null, null) { Kind = known.Kind, Umbrella = known.PartOf });
                }
            }

            return found;
        }

        // 金华数字政协, 江苏省数字政协: a place's own version of a known initiative.
        for (var cut = 2; cut <= 5 && clean.Length - cut >= 3; cut++)
        {
            if (clean[..cut].All(c => c is >= '\u4E00' and <= '\u9FFF') && !verbs.Any(v => clean.StartsWith(v, StringComparison.Ordinal))
                && vocabulary.Initiatives.Find(clean[cut..]) is { } local && local.Name == clean[cut..])
            {
                found.Add(new QuotedName(quote, clean, QuoteRole.Initiative, quote.Open, quote.End, null, null) { Kind = local.Kind });
                return found;
            }
        }

        var separator = clean.IndexOfAny(['—', '·', '－', '•']);
        if (separator > 0 && vocabulary.Initiatives.Find(clean[..separator].TrimEnd('—')) is { } umbrella)
        {
            var rest = clean[(separator + 1)..].TrimStart('—', '·');
            var inner = quote.Inner(text);
            var cut = inner.IndexOfAny(['—', '·', '－', '•']);
            found.Add(new QuotedName(quote, umbrella.Name, QuoteRole.Initiative, quote.InnerStart, quote.InnerStart + cut, null, null) { Kind = umbrella.Kind });
            if (vocabulary.Initiatives.Find(rest) is { } part)
            {
                var partStart = quote.InnerStart + cut + 1;
                while (partStart < quote.InnerEnd && text[partStart] is '—' or '·')
                {
                    partStart++;
                }

                found.Add(new QuotedName(quote, part.Name, QuoteRole.Initiative, partStart, quote.InnerEnd, null, null) { Kind = part.Kind, Umbrella = umbrella.Name, Compound = inner });
            }
            else if (rest.Length >= 2 && separator < clean.Length - 1 && clean[separator] == '·' && !vocabulary.Cues.QuotedNames.ActivityNameSuffixes.Any(a => rest.EndsWith(a, StringComparison.Ordinal)))
            {
                // “书香政协·白云书院”: a new thing of the known family, named by the whole compound.
                var restStart = quote.InnerStart + cut + 1;
                found.Add(new QuotedName(quote, clean, QuoteRole.Initiative, restStart, quote.InnerEnd, null, null) { Umbrella = umbrella.Name });
            }
        }

        return found;
    }
}
