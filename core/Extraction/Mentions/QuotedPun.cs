using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Puns on one or two characters completed by the words after the quote: “码”上议 → 码上议,
/// “码上”议事平台 → 码上议事, “慧”提案系统 → 慧提案系统. A two-character quote led by a numeral is an
/// abbreviation (“两新”超长期国债, “三农”工作, “双碳”目标), and one that is a dictionary word is
/// that word (“门票”); neither is completed.
/// </summary>
internal static class QuotedPun
{
    // Words that say what kind of thing a name is, not part of a pun's name.
    private static readonly string[] Containers = ["平台", "工作", "活动", "品牌", "建设", "融合", "与", "和", "机制", "模式", "制度", "在线", "工程", "行动",
        "项目", "政策", "资金", "规划", "改革", "管理", "园区", "试点", "试点区", "整治", "专项", "计划", "行动计划", "筛查", "帮扶", "共建"];

    private const string Numerals = "0123456789一二两三四五六七八九十百千双";

    /// <summary>
    /// Whether a quoted name may be a pun: one character, or two that are neither a numbered
    /// abbreviation (“两新”) nor a dictionary word (“门票”: a word in quotes, not a pun; “码上”
    /// is no word).
    /// </summary>
    public static bool MayBeCompleted(string name, JiebaSegmenter segmenter) =>
        name.Length == 1
        || (name.Length == 2 && !Numerals.Contains(name[0], StringComparison.Ordinal) && !segmenter.Contains(name));

    /// <summary>
    /// The pun and the words after <paramref name="from"/> that complete it: up to two content words
    /// (nouns, verbs, adjectives, idioms), stopping at a container noun (系统 stays after a first
    /// word: “慧”提案系统).
    /// </summary>
    public static (string Name, int End) Complete(TextUnit unit, string pun, int from)
    {
        var name = pun;
        var end = from;
        var taken = 0;
        foreach (var token in unit.Tokens.Where(t => t.Start >= from))
        {
            if (token.Start != end || taken == 2 || !token.Word.All(c => c is >= '\u4E00' and <= '\u9FFF'))
            {
                break;
            }

            var isSystem = token.Word == "系统" && taken > 0;
            if (!isSystem && (Containers.Contains(token.Word) || token.Tag.Length == 0 || !"nvajli".Contains(token.Tag[0])))
            {
                break;
            }

            name += token.Word;
            end = token.End;
            taken++;
        }

        return (name, end);
    }
}
