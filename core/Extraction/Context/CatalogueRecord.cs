using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// A library's or archive's record of a book's section, shown as a table of labelled rows
/// (内容出处： | 《某县志》 图书 |, 唯一号： | … |, 颗粒名称： | 第三节 某某 |, 分类号, 页码, 摘要, 关键词).
/// </summary>
/// <remarks>
/// The rows are the catalogue's furniture, except the one naming the section (颗粒名称, 题名, 篇名),
/// which is the page's title. A record whose source is a gazetteer (《…志》) describes a section that
/// spans the book's years, so it has no one year of its own.
/// </remarks>
internal static partial class CatalogueRecord
{
    private static readonly string[] Labels =
        ["内容出处", "唯一号", "颗粒名称", "题名", "篇名", "知识类型", "分类号", "页数", "页码", "摘要", "关键词", "责任者", "出版者", "出版时间"];

    private static readonly string[] TitleLabels = ["颗粒名称", "题名", "篇名"];

    // 颗粒名称：| 第三节 文史研究 |: a label, a colon, then the value between table bars.
    [GeneratedRegex(@"^(?<label>[\u4e00-\u9fff]{2,4})\s*[:：]\s*[|｜]\s*(?<value>[^|｜]*?)\s*[|｜]?\s*$")]
    private static partial Regex Row();

    /// <summary>The row <paramref name="line"/> is, as (its label, whether it names the section, its value), or null when it is no record row.</summary>
    public static (string Label, bool IsTitle, string Value)? Read(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var row = Row().Match(line.Trim());
        if (!row.Success || !Labels.Contains(row.Groups["label"].Value, StringComparer.Ordinal))
        {
            return null;
        }

        var label = row.Groups["label"].Value;
        return (label, TitleLabels.Contains(label, StringComparer.Ordinal), row.Groups["value"].Value.Trim());
    }

    // 《某县志》 图书: the source's name, then (where the record gives it) the kind of work it is.
    [GeneratedRegex(@"《(?<name>[^》]+)》\s*(?<type>[\u4e00-\u9fff]*)")]
    private static partial Regex Source();

    /// <summary>True when <paramref name="text"/> holds a record row whose source is a gazetteer (内容出处： | 《某县志》 图书 |).</summary>
    /// <remarks>A periodical (《文史杂志》, or any source typed 期刊) is no gazetteer: its issues have years of their own.</remarks>
    public static bool IsGazetteerRecord(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split('\n').Any(line => Read(line) is { Label: "内容出处" } row
            && Source().Match(row.Value) is { Success: true } source
            && source.Groups["name"].Value.EndsWith('志') && !source.Groups["name"].Value.EndsWith("杂志", StringComparison.Ordinal)
            && source.Groups["type"].Value is "" or "图书");
    }
}
