namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Texts about committee work that a body other than a committee put out: a united-front department's meeting
// where committees appear only in guests' titles, a bureau's meeting with members credited to the bureau at the
// story's close, a bureau's own report (我局…) or its reply to a numbered proposal, a bureau signing over the date.
// The texts are ours; the shapes are the genre's.
public class DepartmentIssuerFormsTests
{
    private static IReadOnlyDictionary<string, object> Properties(string text) => TestExtraction.Read(text).Graph.Document.Properties;

    [Fact]
    public void A_meeting_chaired_by_a_united_front_department_with_committees_only_in_titles_is_the_departments()
    {
        var properties = Properties("""
            - 2024.04.12
            4月11日，临泉县新的社会阶层人士座谈会在县党群服务中心召开，县委常委、统战部长甲某某，县人大常委会副主任乙某某，县政协副主席丙某某，县政协经济和农业农村委主任丁某某，以及40名新的社会阶层人士代表参加。
            会议由县委统战部副部长戊某某主持，他表示新的社会阶层人士是推动我县发展的重要力量。
            座谈会上，代表们围绕营商环境、人才引进等作了交流发言。
            """);

        Assert.Equal("中共临泉县委员会统一战线工作部", properties.GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_city_united_front_department_written_without_its_committee_word_chairs_for_the_party_committee()
    {
        var properties = Properties("""
            2019年1月25日上午，黑龙江省绥化市召开党外人士迎新春座谈会，会议由绥化市统战部常务副部长甲某某主持，省政协副主席乙某某，绥化市政协副主席丙某某出席会议并讲话。
            会上，市委常委、统战部部长丁某某向全市党外知识分子、非公经济人士致以新春问候。
            """);

        Assert.Equal("中共绥化市委员会统一战线工作部", properties.GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_meeting_chaired_by_a_department_stays_the_committees_where_the_committee_acts_itself()
    {
        var properties = Properties("""
            4月11日，临泉县政协组织部分委员到县党群服务中心开展视察活动，县政协副主席丙某某带队。
            座谈会由县委统战部副部长戊某某主持，委员们围绕营商环境作了交流发言。
            """);

        Assert.Equal("政协临泉县委员会", properties.GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_bureau_credited_at_the_close_of_the_last_paragraph_is_the_issuer()
    {
        var properties = Properties("""
            县住建局召开政协提案办理面商会
            时间:2024-07-02 10:15:20 来源:办公室
            6月28日，义乌市住建局召开政协提案办理面商会，就提案办理情况与委员面对面沟通。市政协副主席甲某某、部分市政协委员参加会议。
            今年市住建局共承办政协提案21件，已全部按期答复。
            甲某某对市住建局的办理工作表示肯定，希望进一步加强与委员的沟通联系。（市住建局）
            """);

        Assert.Equal("义乌市住房和城乡建设局", properties.GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_bureaus_report_in_its_own_voice_names_no_committee_as_issuer()
    {
        var properties = Properties("""
            2021年人大建议、政协提案办理工作
            完成情况说明
            按照《新郑市人民政府办公室关于做好2021年建议提案办理工作的通知》要求，我局高度重视，及时召开专题会议研究部署。今年由我局承办的市政协六届一次会议提案共9件，目前已全部办理完毕。
            2021年10月20日
            """);

        Assert.Null(properties.GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_year_headed_report_heading_broken_before_its_kind_is_one_title()
    {
        var properties = Properties("""
            2021年人大建议、政协提案办理工作
            完成情况说明
            按照市政府办公室关于做好2021年建议提案办理工作的通知要求，我局高度重视，及时召开专题会议研究部署。
            """);

        Assert.Equal("2021年人大建议、政协提案办理工作完成情况说明", properties.GetValueOrDefault("title"));
    }

    [Fact]
    public void A_bureau_signing_over_the_date_is_the_issuer()
    {
        var properties = Properties("""
            关于市政协十届二次会议第35号提案的答复
            某某委员：
            您提出的关于加强农村饮水安全的提案收悉，现答复如下：
            一、近年来，全市农村饮水安全工作取得明显成效。
            感谢您对水利工作的关心和支持。
            枣阳市水利局
            2023年6月8日
            """);

        Assert.Equal("枣阳市水利局", properties.GetValueOrDefault("issuer"));
    }

    [Theory]
    [InlineData("洪雅县教育局关于县政协九届三次会议第12号提案的答复")]
    [InlineData("2025年度洪雅县教育局关于县政协九届三次会议第12号提案的答复")]
    public void A_reply_to_a_numbered_proposal_headed_by_its_bureau_is_the_bureaus(string headline)
    {
        var properties = Properties(headline + """

            某某委员：
            您提出的关于加强乡村学校建设的提案收悉，现答复如下：近年来，县政协高度关注乡村教育。
            """);

        Assert.Equal("洪雅县教育局", properties.GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_reply_to_a_numbered_proposal_is_not_the_committee_where_the_proposal_was_made()
    {
        var properties = Properties("""
            对新郑市政协十届二次会议第35号提案的答复
            某某委员：
            您在市政协十届二次会议上提出的关于加强农村饮水安全的提案收悉，现答复如下。
            """);

        Assert.Null(properties.GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_title_with_its_adoption_note_on_one_line_drops_the_note_and_gives_its_day()
    {
        var properties = Properties("""
            政协某某市第九届委员会提案审查委员会关于政协九届一次会议提案审查情况的报告 (2022年1月10日政协某某市第九届委员会第一次会议通过)
            政协九届一次会议期间，委员们围绕全市中心工作，运用提案积极建言献策。截至1月8日，会议共收到提案500件。
            """);

        Assert.Equal("政协某某市第九届委员会提案审查委员会关于政协九届一次会议提案审查情况的报告", properties.GetValueOrDefault("title"));
        Assert.Equal("2022-01-10", properties.GetValueOrDefault("date"));
    }

    [Fact]
    public void A_departments_numbered_reply_has_its_heading_its_department_and_its_numbers_year()
    {
        var properties = TestExtraction.Read("""
            提案(某公复)字(2025)第01号
            对市政协十六届四次会议第16040036号
            提 案 的 答 复
            尊敬的常某君委员:
            您提出的《关于改善校园周边交通安全的建议》的提案收悉,现答复如下:
            非常感谢您一直以来对临沂市公安局工作的关心和支持,接到您的提案后,市公安局高度重视。
            """).Graph.Document.Properties;

        Assert.Equal("对市政协十六届四次会议第16040036号提案的答复", properties.GetValueOrDefault("title"));
        Assert.Equal("临沂市公安局", properties.GetValueOrDefault("issuer"));
        Assert.Equal(2025L, properties.GetValueOrDefault("year"));
    }
}
