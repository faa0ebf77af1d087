using KnowledgeGraph.Core.Graph;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KnowledgeGraph.Core.Search;

/// <summary>An entity a name in the index stands for, and how many passages give it that name.</summary>
public readonly record struct NamedEntity(string Id, int Passages);

/// <summary>
/// The names and aliases of the entities the passages mention, kept in the index's
/// <see cref="PassageFields.EntityNames"/> field as <c>name␟id</c>: a query's words are linked
/// to entities by looking their text up in the term dictionary, with no graph query, and the
/// lexicon follows every commit of the index (a removed document takes its names with it).
/// </summary>
public static class EntityLexicon
{
    private const char Separator = '\u001f';

    /// <summary>The names an entity is found by: its name and its aliases, quotation marks dropped (“码”上议 → 码上议).</summary>
    public static IEnumerable<string> NamesOf(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Aliases.Prepend(node.Name).Select(Unquoted).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal);
    }

    /// <summary>The indexed term for one name of one entity.</summary>
    public static string Term(string name, string id) => name + Separator + id;

    /// <summary>The entities called exactly <paramref name="name"/> (by name or alias) in the index <paramref name="reader"/> reads.</summary>
    public static IReadOnlyList<NamedEntity> Find(IndexReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (string.IsNullOrEmpty(name))
        {
            return [];
        }

        var terms = MultiFields.GetTerms(reader, PassageFields.EntityNames);
        if (terms is null)
        {
            return [];
        }

        var prefix = new BytesRef(name + Separator);
        var iterator = terms.GetEnumerator();
        if (iterator.SeekCeil(prefix) == TermsEnum.SeekStatus.END)
        {
            return [];
        }

        var found = new List<NamedEntity>();
        do
        {
            var term = iterator.Term;
            if (!StringHelper.StartsWith(term, prefix))
            {
                break;
            }

            found.Add(new NamedEntity(term.Utf8ToString()[(name.Length + 1)..], iterator.DocFreq));
        }
        while (iterator.MoveNext());

        return found;
    }

    // Aliases keep the quotes the text had (“码”上议): names are compared without them.
    internal static string Unquoted(string name) =>
        string.Concat(name.Where(c => c is not ('“' or '”' or '"' or '「' or '」' or '‘' or '’'))).Trim();
}
