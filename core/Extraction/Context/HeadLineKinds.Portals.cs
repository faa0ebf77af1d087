using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// Lines of a page's head that say whose site it is rather than what the page says: a masthead (主办, 版权所有, a
/// government's bare name over its portal), and a government portal's furniture: its accessibility bar and its
/// record of public information (索引号, 发布机构, 主题分类, 内容概述), which stand over a notice's headline.
/// </summary>
internal static partial class HeadLineKinds
{
    private static readonly string[] Mastheads = ["主办", "承办", "协办", "出品", "特别报道", "版权所有", "新闻中心", "投稿"];

    // 主办：某某市政协办公室: who runs the site; not the 协办 inside 政协办公室 (市政协办公室关于…的通知 is a headline).
    internal static bool IsMasthead(string line) =>
        Mastheads.Any(m => line.Replace("政协办", "", StringComparison.Ordinal).Contains(m, StringComparison.Ordinal)) || GovernmentSite().IsMatch(line);

    // 卓尼县人民政府 over a portal's menu: a government's name alone is its site's, not a headline (a committee's name alone
    // heads a yearbook's or gazetteer's entry, and stays one).
    [GeneratedRegex(@"^[\u4e00-\u9fff]{2,14}人民政府(?:网|门户网站)?$")]
    private static partial Regex GovernmentSite();

    // A portal's accessibility bar (无障碍浏览 进入老年模式 个人中心) and its public-information record (索引号：… 发布机构：…,
    // 主题分类, 内容概述): furniture at any length, words no headline holds.
    private static readonly string[] PortalRecordWords = ["索引号", "发布机构", "主题分类", "内容概述"];

    private static readonly string[] PortalWords = ["无障碍", "老年模式", "长者模式", "关怀模式", .. PortalRecordWords];

    // 索引号：009347908/2022-00010 发布机构：区政协, 内容概述：: a line of a portal's public-information record.
    internal static bool IsPortalRecord(string line) => PortalRecordWords.Any(w => line.Contains(w, StringComparison.Ordinal));
}
