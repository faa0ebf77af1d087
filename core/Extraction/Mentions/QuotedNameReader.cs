using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Tells quoted names apart: initiatives, activity titles, topics, regulations, awards, bodies,
/// and the slogans that are none of these.
/// </summary>
/// <remarks>
/// <para>The name is the quoted text without inner quotes. A one- or two-character name is a pun
/// completed by the nouns that follow it (“码”上议 → 码上议, “码上”议事平台 → 码上议事, “慧”提案系统
/// → 慧提案系统), up to a word that only says what kind of thing it is (平台, 工作, 活动 …), unless
/// it is a numbered abbreviation (“两新”) or one dictionary word (see <see cref="QuotedPun"/>). A
/// name of digits and signs (“111”, “1+15+N”) keeps the noun that follows (111工程).</para>
/// <para>Rules, first that applies:</para>
/// <list type="number">
/// <item>a known initiative (graph-schema/initiatives.json), or a list or a “A—B”/“A·B” compound whose
/// first part is one, is an initiative (the last part belongs to the first); it may also title an
/// activity (“同心互联”…活动);</item>
/// <item>a slogan of graph-schema/slogans.txt, a number and a measure word (两个确立, 五件大事), or a
/// line of policy (“严厉打击…”, “大力推动…”) that ends in no programme noun (…工程, …行动, …年), is a slogan;</item>
/// <item>a quote before a kind of place (…景区, …园区), a role of members (五员, 宣传员), a list of
/// the people a scheme joins (委员+家长), or a change consulted on (…转型升级”等专题协商) names no
/// programme (see QuotedNameReader.NotNames.cs);</item>
/// <item>“…”制度 is a regulation (not “…”制度体系);</item>
/// <item>after an award verb (获评, 荣获 …), or before a ranking list (榜单), an award;</item>
/// <item>the head noun after the quote decides (skipping 等, a number and measure word, and a
/// bracket): the last cue noun that starts within ten characters and before any cue verb —
/// 活动, 协商会, 视察 … make an activity title, 议题, 主题, 课题 a topic, 平台, 系统, 机制, 工程,
/// 工作法 … an initiative, 队伍 and 微信公众号 a body, and 名片, 格局, 体系, 目标 … nothing;</item>
/// <item>a name that ends in 会 or 月 titles an activity (“新春第一会”, “调研月”); a list (“A、B”)
/// or a clause is a slogan; a name that ends in 在线, 倡议, 平台, 日 … is an initiative;</item>
/// <item>after 围绕 or 就, a topic; after 开展 or 组织 and before …工作, an activity's title;</item>
/// <item>the nearest cue verb before the quote in its clause decides: 打造, 创设, 建立, 推出, 实施,
/// 深化, 开展 … an initiative; 坚定, 增强, 做到, 唱响 … a slogan;</item>
/// <item>otherwise nothing is read.</item>
/// </list>
/// </remarks>
internal sealed partial class QuotedNameReader(ExtractionVocabulary vocabulary, JiebaSegmenter segmenter)
{
    private readonly QuotedNameCues _cues = vocabulary.Cues.QuotedNames;
    private readonly QuoteHeads _heads = new(vocabulary.Cues.QuotedNames, AllVerbs(vocabulary));
    private readonly KnownQuotedParts _known = new(vocabulary, AllVerbs(vocabulary));

    [GeneratedRegex(@"^[0-9A-Za-z+＋×.·\-]+$")]
    private static partial Regex SignsOnly();

    // “严厉打击…”, “大力推动…”: a line of policy that opens with how and what to do (an adverb of
    // manner, then a verb) and goes on to its object is a slogan, never an initiative's name.
    [GeneratedRegex(@"^(?:严厉|大力|坚决|全面|加快|积极|切实|依法|着力|持续|深入|不断)(?:打击|推动|推进|发展|实施|整治|遏制|查处|提升|加强|促进|落实|开展|建设)\p{IsCJKUnifiedIdeographs}{2,}")]
    private static partial Regex PolicyLine();

    // A quote that opens like a line of policy but ends in a programme noun names the programme
    // made for that aim (“全面推进城乡建设示范工程”, “深入推进作风建设年”).
    [GeneratedRegex(@"(?:工程|行动|计划|活动|项目|品牌|平台|系统|基地|工作室|专项|年)$")]
    private static partial Regex ProgrammeEnding();

    private static bool IsPolicyLine(string name) => PolicyLine().IsMatch(name) && !ProgrammeEnding().IsMatch(name);

    /// <summary>Every quoted name of the unit (titles in 《》 excepted), read in context.</summary>
    public List<QuotedName> Read(TextUnit unit)
    {
        var result = new List<QuotedName>();
        var quotes = unit.Quotes.Where(q => !q.IsTitle).ToList();
        var lists = new QuoteLists(unit.Text, quotes);
        for (var k = 0; k < quotes.Count; k++)
        {
            result.AddRange(ReadOne(unit, quotes[k], lists.Start(k), lists.End(k)));
        }

        return result;
    }

    // Every cue verb, longest first.
    private static string[] AllVerbs(ExtractionVocabulary vocabulary) => vocabulary.Cues.QuotedNames.InitiativeVerbs
        .Concat(vocabulary.Cues.QuotedNames.SloganVerbs)
        .Concat(vocabulary.Cues.QuotedNames.AwardVerbs)
        .Concat(vocabulary.Cues.Activities.MeetingVerbs)
        .Concat(vocabulary.Cues.Activities.CampaignVerbs)
        .Distinct()
        .OrderByDescending(v => v.Length)
        .ToArray();

    // One quote of a list that runs from listStart to listEnd.
    private IEnumerable<QuotedName> ReadOne(TextUnit unit, QuotedSpan quote, int listStart, int listEnd)
    {
        var text = unit.Text;
        var clean = Clean(quote.Inner(text));
        if (clean.Length == 0)
        {
            yield break;
        }

        var (headStart, headEnd) = _heads.Region(unit, listEnd);
        var head = _heads.Find(text, headStart, headEnd);
        var verb = VerbBefore(unit, quote);

        // 1. Known initiatives, lists and compounds of them.
        var known = _known.Find(text, quote, clean);
        if (known.Count > 0)
        {
            foreach (var part in known)
            {
                yield return part with { Head = head?.Word, Verb = verb };
            }

            if (head is { Role: QuoteRole.ActivityName } activity)
            {
                yield return new QuotedName(quote, clean, QuoteRole.ActivityName, quote.Open, quote.End, activity.Word, verb, text[headStart..activity.End]);
            }

            yield break;
        }

        // 不搞“形象工程”, 整治“内卷式”竞争, 打击“黑飞”: what is stopped is a problem, not a name of the committee's or government's.
        if (IsRejected(text, listStart, headStart))
        {
            yield break;
        }

        // A pun (“码”上议, “码上”议事平台) is completed by the nouns after it, unless they begin an
        // activity's title; a numeral and a character is an abbreviation (“两新”超长期国债: not “两新超”).
        var name = clean;
        var end = quote.End;
        if (QuotedPun.MayBeCompleted(clean, segmenter) && head is not { Role: QuoteRole.ActivityName } && listEnd == quote.End)
        {
            (name, end) = QuotedPun.Complete(unit, clean, quote.End);
            if (vocabulary.Initiatives.Find(name) is { } knownPun)
            {
                yield return new QuotedName(quote, knownPun.Name, QuoteRole.Initiative, quote.Open, end, null, verb) { Kind = knownPun.Kind, Umbrella = knownPun.PartOf };
                yield break;
            }

            if (end > quote.End)
            {
                (headStart, headEnd) = _heads.Region(unit, end);
                head = _heads.Find(text, headStart, headEnd);
            }
        }

        // “园”“地”融合: one character that no noun completes is a part of a word, not a name.
        if (name.Length == 1 || (end == quote.End && NamesNoProgramme(text, listEnd, name, head)))
        {
            yield break;
        }

        // 2. Slogans.
        if (vocabulary.Slogans.IsSlogan(clean) || IsPolicyLine(clean))
        {
            yield return new QuotedName(quote, clean, QuoteRole.Slogan, quote.Open, quote.End, null, verb);
            yield break;
        }

        // 3. “…”制度.
        if (string.CompareOrdinal(text, listEnd, "制度", 0, 2) == 0
            && !vocabulary.Cues.Regulations.NotAfterSuffix.Any(s => string.CompareOrdinal(text, listEnd + 2, s, 0, s.Length) == 0))
        {
            yield return new QuotedName(quote, clean + "制度", QuoteRole.Regulation, quote.Open, listEnd + 2, "制度", verb);
            yield break;
        }

        // 4. Awards: a quoted name is conferred (荣获, 被评为, 授予 …); after 获得 or 入选 only an
        // honour (入选“双高计划” is a programme), and never a grade (评为“优秀”等次).
        if ((verb is not null && _cues.AwardVerbs.Contains(verb) && IsConferred(text, clean, listEnd, verb)) || head is { Role: QuoteRole.Award })
        {
            yield return new QuotedName(quote, clean, QuoteRole.Award, quote.Open, quote.End, head?.Word, verb);
            yield break;
        }

        // A name of digits and signs keeps the noun after it: “111”工程, “1+15+N”协商议事平台.
        if (SignsOnly().IsMatch(clean))
        {
            if (head is { Role: QuoteRole.Initiative } signed && signed.Start >= listEnd)
            {
                var full = clean + text[listEnd..signed.End];
                yield return new QuotedName(quote, full, QuoteRole.Initiative, quote.Open, signed.End, signed.Word, verb) { Kind = signed.Word };
            }

            yield break;
        }

        // 5. The head noun.
        if (head is { } h && h.Role != QuoteRole.Unknown)
        {
            var role = h.Role;
            if (role == QuoteRole.Initiative && IsList(clean))
            {
                // “绿、黄、红”三色管理法: the list describes; the name is the noun phrase after it,
                // unless that only says the kind of thing: then the list is the name
                // (“事前商、事中督”工作机制, “千村引领、万村升级”工程).
                if (listEnd == quote.End && h.End - quote.End is >= 2 and <= 8 && !"的之等了".Contains(text[quote.End], StringComparison.Ordinal))
                {
                    var named = IsGenericKind(text[quote.End..h.End], h.Word) ? clean : text[quote.End..h.End];
                    yield return new QuotedName(quote, named, QuoteRole.Initiative, quote.Open, h.End, h.Word, verb) { Kind = h.Word };
                }

                yield break;
            }

            if (role == QuoteRole.ActivityName && text.AsSpan(headStart, h.End - headStart).ContainsAny("召开举办组织"))
            {
                role = QuoteRole.Topic;
            }

            var objectText = role == QuoteRole.ActivityName ? text[headStart..h.End] : null;
            yield return new QuotedName(quote, name, role, quote.Open, role == QuoteRole.Initiative ? Math.Max(end, quote.End) : quote.End, h.Word, verb, objectText) { Kind = role == QuoteRole.Initiative ? h.Word : null };
            yield break;
        }

        if (head is { Role: QuoteRole.Unknown })
        {
            // 名片, 格局, 体系 …: a description, not a name.
            yield break;
        }

        // What a meeting or survey is about: 围绕“…”, 就“…”.
        if (verb is "围绕" or "就")
        {
            yield return new QuotedName(quote, clean, QuoteRole.Topic, quote.Open, quote.End, null, verb);
            yield break;
        }

        // 开展“四名”史料征集编撰工作: a campaign's work.
        if (verb is not null && vocabulary.Cues.Activities.CampaignVerbs.Contains(verb) && text.AsSpan(headStart, headEnd - headStart).EndsWith("工作"))
        {
            yield return new QuotedName(quote, clean, QuoteRole.ActivityName, quote.Open, quote.End, "工作", verb, text[headStart..headEnd]);
            yield break;
        }

        // 金名片, 新格局: a name that ends in a describing noun is a description.
        if (name.Length <= 6 && _cues.OtherHeads.Any(w => name.Length > w.Length && name.EndsWith(w, StringComparison.Ordinal)))
        {
            yield return new QuotedName(quote, clean, QuoteRole.Slogan, quote.Open, quote.End, null, verb);
            yield break;
        }

        // 举办“非洲日”, 举行“春茗”: what is held is an event.
        if (verb is "举办" or "举行" or "召开")
        {
            yield return new QuotedName(quote, name, QuoteRole.ActivityName, quote.Open, quote.End, null, verb);
            yield break;
        }

        // 6. The name's own ending, lists and clauses.
        if (name.Length >= 3 && _cues.ActivityNameSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal)))
        {
            yield return new QuotedName(quote, name, QuoteRole.ActivityName, quote.Open, quote.End, null, verb);
            yield break;
        }

        if (IsList(clean) || clean.Contains(' ', StringComparison.Ordinal))
        {
            yield return new QuotedName(quote, clean, QuoteRole.Slogan, quote.Open, quote.End, null, verb);
            yield break;
        }

        if (name.Length >= 3 && _cues.InitiativeSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal)))
        {
            yield return new QuotedName(quote, name, QuoteRole.Initiative, quote.Open, end, null, verb);
            yield break;
        }

        // 7. The verb before; a word the segmenter knows as one word (“面对面”, “窗口”, “动起来”) or
        // a kind of work (“线上工作”) is emphasis, not a name: names are coined from several words.
        if (name.Length >= 2 && verb is not null && !IsEmphasis(unit, quote, name))
        {
            if (_cues.SloganVerbs.Contains(verb))
            {
                yield return new QuotedName(quote, name, QuoteRole.Slogan, quote.Open, quote.End, null, verb);
            }
            else if (_cues.InitiativeVerbs.Contains(verb))
            {
                yield return new QuotedName(quote, name, QuoteRole.Initiative, quote.Open, end, null, verb);
            }
        }
    }

    // A rejecting verb (不搞, 杜绝, 打击, 深化治理 …) right before the quote or before the list that
    // holds it (不搞“A”、“B”); 治理 and 整治 alone are nouns as often (基层治理“…”), so they count only
    // with an adverb. 综合整治, 集中整治 … are nouns too (人居环境综合整治): they reject only when no
    // initiative head follows the list (集中整治“百日攻坚”行动 names a campaign).
    private bool IsRejected(string text, int listStart, int headStart)
    {
        bool Before(string word) => listStart >= word.Length && string.CompareOrdinal(text, listStart - word.Length, word, 0, word.Length) == 0;
        return _cues.RejectingVerbs.Any(Before)
            || (_cues.RejectingNouns.Any(Before) && !_heads.IsInitiativeHeadAt(text, headStart));
    }

    private static bool IsEmphasis(TextUnit unit, QuotedSpan quote, string name)
    {
        if (name.EndsWith("工作", StringComparison.Ordinal))
        {
            return true;
        }

        // One dictionary word that is a verb, adverb, adjective or a word of place or direction
        // (面对面, 试点), or a short phrase of verbs (回头看, 动起来): nouns, numerals and set
        // phrases (两重, 以旧换新) can be names.
        var words = unit.Tokens.Where(t => !t.IsInner && t.Start >= quote.InnerStart && t.End <= quote.InnerEnd).ToList();
        return (words.Count == 1 && words[0].Tag.Length > 0 && "vdafsr".Contains(words[0].Tag[0], StringComparison.Ordinal))
            || (name.Length <= 3 && words.Count > 1 && words.All(w => w.Tag.Length > 0 && "vd".Contains(w.Tag[0], StringComparison.Ordinal)));
    }

    /// <summary>The quoted text without its inner quote marks and outer spaces.</summary>
    public static string Clean(string inner) =>
        inner.Replace("‘", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal)
            .Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal).Trim();

    private static bool IsList(string name) => name.Contains('、') || name.Contains('，') || name.Contains(',');

    private bool IsConferred(string text, string name, int end, string verb)
    {
        var after = text[end..Math.Min(text.Length, end + 4)];
        if (_cues.GradeWords.Any(g => after.StartsWith(g, StringComparison.Ordinal)))
        {
            return false;
        }

        var honours = vocabulary.Cues.Awards.HonourWords;
        return !_cues.AwardVerbsNeedingHonour.Contains(verb)
            || honours.Any(h => name.EndsWith(h, StringComparison.Ordinal) || after.StartsWith(h, StringComparison.Ordinal));
    }

    // The nearest cue verb before the quote in its clause, quoted text excluded.
    private string? VerbBefore(TextUnit unit, QuotedSpan quote)
    {
        var (clauseStart, _) = unit.ClauseAt(quote.Open);
        var text = unit.Text;
        var chars = text[clauseStart..quote.Open].ToCharArray();
        foreach (var other in unit.Quotes)
        {
            for (var i = Math.Max(other.Open, clauseStart); i <= other.Close && i < quote.Open; i++)
            {
                chars[i - clauseStart] = ' ';
            }
        }

        var prefix = new string(chars);
        string? best = null;
        var bestEnd = -1;
        foreach (var verb in _heads.Verbs)
        {
            var at = prefix.LastIndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && at + verb.Length > bestEnd)
            {
                best = verb;
                bestEnd = at + verb.Length;
            }
        }

        return best;
    }
}
