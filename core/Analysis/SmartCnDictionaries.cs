using System.Reflection;
using Lucene.Net.Analysis.Cn.Smart;

namespace KnowledgeGraph.Core.Analysis;

/// <summary>
/// The look-ups <see cref="SmartCnLattice"/> needs from SmartCn's word and bigram dictionaries,
/// the very instances <see cref="HMMChineseTokenizer"/> reads. Lucene.Net keeps both dictionary
/// types internal, so their methods are bound here once, by name, as delegates: the package
/// version is pinned (Directory.Packages.props), and a version that renamed them fails here, on
/// first use, with the name that is missing, never with different words.
/// </summary>
internal sealed class SmartCnDictionaries
{
    private const string Namespace = "Lucene.Net.Analysis.Cn.Smart.Hhmm.";

    private readonly Func<char[], int> _wordFrequency;
    private readonly Func<char[], int> _prefixMatch;
    private readonly Func<char[], int, int> _prefixMatchAfter;
    private readonly Func<char[], int, bool> _isWord;
    private readonly Func<char[], int> _pairFrequency;

    private SmartCnDictionaries()
    {
        var words = Instance("WordDictionary");
        var pairs = Instance("BigramDictionary");
        _wordFrequency = Bind<Func<char[], int>>(words, "GetFrequency", typeof(char[]));
        _prefixMatch = Bind<Func<char[], int>>(words, "GetPrefixMatch", typeof(char[]));
        _prefixMatchAfter = Bind<Func<char[], int, int>>(words, "GetPrefixMatch", typeof(char[]), typeof(int));
        _isWord = Bind<Func<char[], int, bool>>(words, "IsEqual", typeof(char[]), typeof(int));
        _pairFrequency = Bind<Func<char[], int>>(pairs, "GetFrequency", typeof(char[]));
    }

    /// <summary>The process's one binding (the dictionaries load on first use, as Lucene's do).</summary>
    public static SmartCnDictionaries Shared { get; } = new();

    /// <summary>A word's frequency in the word dictionary, 0 when it is not there.</summary>
    public int WordFrequency(char[] word) => _wordFrequency(word);

    /// <summary>The index of the first dictionary entry that starts with <paramref name="prefix"/>, or −1.</summary>
    public int PrefixMatch(char[] prefix) => _prefixMatch(prefix);

    /// <summary>As <see cref="PrefixMatch(char[])"/>, searching from <paramref name="after"/> (the match of a shorter prefix).</summary>
    public int PrefixMatch(char[] prefix, int after) => _prefixMatchAfter(prefix, after);

    /// <summary>True when the entry at <paramref name="index"/> is <paramref name="word"/> itself.</summary>
    public bool IsWord(char[] word, int index) => _isWord(word, index);

    /// <summary>The frequency of a word pair, written first@second, in the bigram dictionary; 0 when it is not there.</summary>
    public int PairFrequency(char[] pair) => _pairFrequency(pair);

    private static object Instance(string typeName)
    {
        var type = typeof(HMMChineseTokenizer).Assembly.GetType(Namespace + typeName)
            ?? throw new MissingMemberException(Namespace + typeName);
        var getInstance = type.GetMethod("GetInstance", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, Type.EmptyTypes)
            ?? throw new MissingMethodException(type.FullName, "GetInstance");
        return getInstance.Invoke(null, null) ?? throw new InvalidOperationException($"{type.FullName}.GetInstance returned null");
    }

    private static T Bind<T>(object target, string name, params Type[] parameters)
        where T : Delegate
    {
        var method = target.GetType().GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, parameters)
            ?? throw new MissingMethodException(target.GetType().FullName, name);
        return method.CreateDelegate<T>(target);
    }
}
