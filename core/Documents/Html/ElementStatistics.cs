using AngleSharp.Dom;

namespace KnowledgeGraph.Core.Documents.Html;

/// <summary>What an element holds: its visible characters, how many are link text, its links, and its sentence punctuation.</summary>
internal readonly record struct ElementCounts(int Characters, int LinkCharacters, int Links, int Punctuation)
{
    public double LinkDensity => Characters == 0 ? 0 : (double)LinkCharacters / Characters;

    public static ElementCounts operator +(ElementCounts a, ElementCounts b) =>
        new(a.Characters + b.Characters, a.LinkCharacters + b.LinkCharacters, a.Links + b.Links, a.Punctuation + b.Punctuation);
}

/// <summary>
/// <see cref="ElementCounts"/> of every element under a root, computed in one pass from the
/// leaves up (without recursion, so that any depth of nesting is safe).
/// </summary>
internal sealed class ElementStatistics
{
    private readonly Dictionary<IElement, ElementCounts> _counts = new(ReferenceEqualityComparer.Instance);

    public ElementStatistics(IElement root)
    {
        var order = new List<IElement>();
        var pending = new Stack<IElement>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            order.Add(element);
            foreach (var child in element.Children)
            {
                pending.Push(child);
            }
        }

        // Children come after their parent in the list, so walking it backwards sums them first.
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var element = order[i];
            var counts = default(ElementCounts);
            foreach (var child in element.ChildNodes)
            {
                counts += child switch
                {
                    IText text => Count(text.Data),
                    IElement e => _counts[e],
                    _ => default,
                };
            }

            if (element.LocalName == "a")
            {
                counts = counts with { LinkCharacters = counts.Characters, Links = counts.Links + 1 };
            }

            _counts[element] = counts;
        }

        Root = root;
    }

    public IElement Root { get; }

    public ElementCounts this[IElement element] => _counts.TryGetValue(element, out var counts) ? counts : default;

    /// <summary>
    /// The punctuation that ends or divides a sentence: a paragraph of prose has some, a menu or a
    /// list of titles little. Half-width commas count too, since copied text often has them.
    /// Not 、, which also lists things in titles (——记市政协委员、研究员…).
    /// </summary>
    public static bool IsSentencePunctuation(char c) => c is '。' or '，' or '；' or '！' or '？' or ',' or ';';

    private static ElementCounts Count(string text)
    {
        var characters = 0;
        var punctuation = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                characters++;
                punctuation += IsSentencePunctuation(c) ? 1 : 0;
            }
        }

        return new ElementCounts(characters, 0, 0, punctuation);
    }
}
