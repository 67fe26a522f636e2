using EconSecGraph.Seed.Sources;
using EconSecGraph.Seed.Validation;

namespace EconSecGraph.Seed.Tests.Validation;

public class SeedValidatorTests
{
    private readonly MiniSeed _seed = new();

    private SeedValidationResult Validate() => SeedValidator.Validate(_seed.ToSource());

    private SeedProblem Single(string code)
    {
        var result = Validate();
        var matching = result.Problems.Where(p => p.Code == code).ToList();
        Assert.True(
            matching.Count == 1,
            $"expected one {code}, got:{Environment.NewLine}{string.Join(Environment.NewLine, result.Problems)}"
        );
        return matching[0];
    }

    [Fact]
    public void Validate_MiniSeed_HasNoProblems()
    {
        var result = Validate();

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        Assert.Equal(5, result.GetValidGraph().Nodes.Count);
        Assert.Equal(3, result.GetValidGraph().Relationships.Count);
    }

    [Fact]
    public void Validate_YamlSyntaxError_ReportsFileAndLine()
    {
        _seed.ReplaceInNodes("    nameEn: Jiji Press", "    nameEn: [Jiji Press");

        var problem = Single(SeedProblemCodes.YamlSyntax);

        Assert.Equal(MiniSeed.NodesPath, problem.Location.File);
        Assert.InRange(
            problem.Location.Line,
            MiniSeed.LineOf(_seed.Nodes, "[Jiji Press"),
            MiniSeed.LineOf(_seed.Nodes, "description: 通信社")
        );
        Assert.NotNull(problem.Hint);
    }

    [Fact]
    public void Validate_DuplicateKey_IsYamlSyntaxError()
    {
        _seed.ReplaceInNodes("    nameEn: Jiji Press", "    nameEn: Jiji Press\n    nameEn: Jiji");

        Assert.Equal(MiniSeed.NodesPath, Single(SeedProblemCodes.YamlSyntax).Location.File);
    }

    [Fact]
    public void Validate_UnknownLabel_ReportsLineAndSuggestsClosest()
    {
        _seed.ReplaceInNodes("label: Fund", "label: Fnud");

        var problem = Single(SeedProblemCodes.UnknownLabel);

        Assert.Equal(
            new Model.SourceLocation(MiniSeed.NodesPath, MiniSeed.LineOf(_seed.Nodes, "label: Fnud"), 12),
            problem.Location
        );
        Assert.Contains("'Fnud'", problem.Message, StringComparison.Ordinal);
        Assert.Equal("Did you mean 'Fund'?", problem.Hint);
    }

    [Fact]
    public void Validate_UnknownRelationshipType_ReportsLine()
    {
        _seed.ReplaceInRelationships("type: HAS_AMOUNT", "type: HAS_AMOUNTS");

        var problem = Single(SeedProblemCodes.UnknownType);

        Assert.Equal(MiniSeed.RelationshipsPath, problem.Location.File);
        Assert.Equal(MiniSeed.LineOf(_seed.Relationships, "HAS_AMOUNTS"), problem.Location.Line);
        Assert.Equal("Did you mean 'HAS_AMOUNT'?", problem.Hint);
    }

    [Fact]
    public void Validate_UnknownProperty_ReportsKeyAndSuggests()
    {
        _seed.ReplaceInNodes("    nameEn: Economic Security Fund", "    nameEN: Economic Security Fund");

        var unknown = Validate().Problems.Single(p => p.Code == SeedProblemCodes.UnknownProperty);

        Assert.Equal(MiniSeed.LineOf(_seed.Nodes, "nameEN"), unknown.Location.Line);
        Assert.Equal(5, unknown.Location.Column);
        Assert.Equal("Did you mean 'nameEn'?", unknown.Hint);
        // and the required nameEn is now missing
        Assert.Contains(
            Validate().Problems,
            p => p.Code == SeedProblemCodes.MissingProperty && p.Message.Contains("'nameEn'", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Validate_ComputedPropertyInData_IsRejectedWithHint()
    {
        _seed.ReplaceInNodes("    fiscalYear: 2021", "    fiscalYear: 2021\n    dateFrom: '2021-04-01'");

        var problem = Single(SeedProblemCodes.UnknownProperty);

        Assert.Contains("computed by the loader", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingRequiredProperty_ReportsEntryStart()
    {
        _seed.ReplaceInNodes("    descriptionEn: Fund.\n", "");

        var problem = Single(SeedProblemCodes.MissingProperty);

        Assert.Equal(MiniSeed.LineOf(_seed.Nodes, "id: fund-econsec"), problem.Location.Line);
        Assert.Contains("'descriptionEn'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateId_ReportsSecondAndPointsAtFirst()
    {
        _seed.ExtraFiles["nodes/more.yaml"] = """
            nodes:
              - id: fund-econsec
                label: Fund
                name: 重複
                nameEn: Duplicate
                description: 重複。
                descriptionEn: Duplicate.
                sources: [chr-test]
            """;

        var problem = Single(SeedProblemCodes.DuplicateId);

        Assert.Equal(new Model.SourceLocation("nodes/more.yaml", 2, 9), problem.Location);
        Assert.Contains(
            $"{MiniSeed.NodesPath}:{MiniSeed.LineOf(_seed.Nodes, "id: fund-econsec")}",
            problem.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Validate_DuplicateRelationship_IsReported()
    {
        _seed.Relationships +=
            "\n  - { from: art-jiji-20220114-pillars, type: PUBLISHED_BY, to: pub-jiji, sources: [art-jiji-20220114-pillars] }";

        var problem = Single(SeedProblemCodes.DuplicateRelationship);

        Assert.Equal(MiniSeed.RelationshipsPath, problem.Location.File);
        Assert.Equal(_seed.Relationships.Split('\n').Length, problem.Location.Line);
    }

    [Fact]
    public void Validate_DanglingFromAndSource_AreBothReported()
    {
        _seed.ReplaceInRelationships("from: fund-econsec", "from: fund-econsek");
        _seed.ReplaceInRelationships(
            "sources: [chr-test, art-jiji-20220114-pillars]",
            "sources: [chr-test, art-jiji-20220115-pillars]"
        );

        var problems = Validate().Problems.Where(p => p.Code == SeedProblemCodes.DanglingReference).ToList();

        Assert.Equal(2, problems.Count);
        Assert.Equal(MiniSeed.LineOf(_seed.Relationships, "fund-econsek"), problems[0].Location.Line);
        Assert.Equal("Did you mean 'fund-econsec'?", problems[0].Hint);
        Assert.Equal(MiniSeed.LineOf(_seed.Relationships, "art-jiji-20220115-pillars"), problems[1].Location.Line);
    }

    [Fact]
    public void Validate_RelationshipWithoutSources_IsMissingSources()
    {
        _seed.ReplaceInRelationships(", sources: [chr-test] }\n  - { from: chr-test", " }\n  - { from: chr-test");

        var problem = Single(SeedProblemCodes.MissingSources);

        Assert.Equal(2, problem.Location.Line);
    }

    [Fact]
    public void Validate_EmptySources_IsMissingSources()
    {
        _seed.ReplaceInNodes("    fiscalYear: 2021\n    sources: [chr-test]", "    fiscalYear: 2021\n    sources: []");

        Assert.Equal(
            MiniSeed.LineOf(_seed.Nodes, "sources: []"),
            Single(SeedProblemCodes.MissingSources).Location.Line
        );
    }

    [Fact]
    public void Validate_SourceThatIsNotAnArticle_IsBadSource()
    {
        _seed.ReplaceInNodes(
            "    fiscalYear: 2021\n    sources: [chr-test]",
            "    fiscalYear: 2021\n    sources: [pub-jiji]"
        );

        var problem = Single(SeedProblemCodes.BadSource);

        Assert.Contains("a Publisher", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EndpointLabelNotAllowed_IsBadEndpoint()
    {
        _seed.Relationships += "\n  - { from: fund-econsec, type: PUBLISHED_BY, to: pub-jiji, sources: [chr-test] }";

        var problem = Single(SeedProblemCodes.BadEndpoint);

        Assert.Contains("cannot start at 'fund-econsec', a Fund", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'2022-02-30'", "is not an ISO 8601 date")]
    [InlineData("'2022/01/14'", "is not an ISO 8601 date")]
    [InlineData("'22-01-14'", "is not an ISO 8601 date")]
    [InlineData("'2022-01'", "has month precision")]
    public void Validate_BadDates_AreReportedOnTheValue(string date, string expected)
    {
        _seed.ReplaceInNodes("date: '2022-01-14'", "date: " + date);

        var problem = Single(SeedProblemCodes.BadDate);

        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.Equal(MiniSeed.NodesPath, problem.Location.File);
    }

    [Fact]
    public void Validate_EndDateBeforeDate_IsBadDate()
    {
        _seed.ReplaceInNodes(
            "    fiscalYear: 2021\n",
            "    fiscalYear: 2021\n    date: '2021-06'\n    datePrecision: month\n    endDate: '2021-04'\n    endDatePrecision: month\n"
        );

        Assert.Contains("is before date", Single(SeedProblemCodes.BadDate).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_YenValueNotMatchingText_IsBadAmount()
    {
        _seed.ReplaceInNodes("value: 250000000000", "value: 2500");

        var problem = Single(SeedProblemCodes.BadAmount);

        Assert.Equal(MiniSeed.LineOf(_seed.Nodes, "value: 2500"), problem.Location.Line);
        Assert.Equal("value is in yen: write 250000000000.", problem.Hint);
    }

    [Fact]
    public void Validate_AmountWrittenWithUnits_IsBadAmount()
    {
        _seed.ReplaceInNodes("value: 250000000000", "value: 2,500億円");

        Assert.Contains("must be a number", Single(SeedProblemCodes.BadAmount).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CountNotInText_IsBadAmount()
    {
        _seed.ReplaceInNodes("value: 250000000000\n    unit: JPY", "value: 44\n    unit: count");

        Assert.Contains(
            "does not appear in text",
            Single(SeedProblemCodes.BadAmount).Message,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("www.jiji.com/jc/article?k=2022011300821")]
    [InlineData("ftp://www.jiji.com/x")]
    [InlineData("'https://www.jiji.com/jc/article? k=1'")]
    public void Validate_BadUrl_IsReported(string url)
    {
        _seed.ReplaceInNodes("url: https://www.jiji.com/jc/article?k=2022011300821", "url: " + url);

        var problem = Validate().Problems.First(p => p.Code == SeedProblemCodes.BadUrl);

        Assert.Equal(MiniSeed.LineOf(_seed.Nodes, "    url: "), problem.Location.Line);
    }

    [Fact]
    public void Validate_IdWithWrongPrefix_IsBadId()
    {
        _seed.ReplaceInNodes("id: fund-econsec", "id: prog-econsec");
        _seed.ReplaceInRelationships("from: fund-econsec", "from: prog-econsec");

        var problem = Single(SeedProblemCodes.BadId);

        Assert.Contains("does not start with 'fund-'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("fund-econsec", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_IdNotKebabCase_IsBadId()
    {
        _seed.ReplaceInNodes("id: pub-jiji", "id: pub_Jiji");
        _seed.ReplaceInRelationships("to: pub-jiji", "to: pub_Jiji");

        Assert.Contains("does not match", Single(SeedProblemCodes.BadId).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EnumValueNotAllowed_IsBadValueWithSuggestion()
    {
        _seed.ReplaceInNodes("access: unknown", "access: paywall");

        var problem = Single(SeedProblemCodes.BadValue);

        Assert.Equal("Did you mean 'paywalled'?", problem.Hint);
    }

    [Fact]
    public void Validate_ArticleWithoutPublisher_IsCardinality()
    {
        _seed.ReplaceInRelationships(
            "  - { from: art-jiji-20220114-pillars, type: PUBLISHED_BY, to: pub-jiji, sources: [chr-test] }\n",
            ""
        );

        var problem = Single(SeedProblemCodes.Cardinality);

        Assert.Equal(MiniSeed.LineOf(_seed.Nodes, "id: art-jiji-20220114-pillars"), problem.Location.Line);
        Assert.Contains("PUBLISHED_BY", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EvidenceNotInSource_IsNotInSource()
    {
        _seed.ReplaceInRelationships(
            "evidence: 2021年度で2,500億円の経済安全保障基金を創設",
            "evidence: 2021年度で5,000億円の基金を創設"
        );

        var problem = Single(SeedProblemCodes.NotInSource);

        Assert.Equal(MiniSeed.LineOf(_seed.Relationships, "evidence:"), problem.Location.Line);
    }

    [Fact]
    public void Validate_EvidenceWithGapAndLineBreaks_IsAccepted()
    {
        _seed.ReplaceInRelationships(
            "evidence: 2021年度で2,500億円の経済安全保障基金を創設",
            "evidence: 政府は 2021年度で…基金を創設"
        );

        Assert.True(Validate().IsValid, string.Join(Environment.NewLine, Validate().Problems));
    }

    [Fact]
    public void Validate_ChronicleLineWithoutTheUrl_SaysWhereItIs()
    {
        _seed.ReplaceInNodes("chronicleLine: 3", "chronicleLine: 2");

        var problem = Single(SeedProblemCodes.NotInSource);

        Assert.Equal("It is on line 3.", problem.Hint);
    }

    [Fact]
    public void Validate_ChangedSourceText_IsBadSourceFile()
    {
        _seed.ReplaceInNodes(MiniSeed.ChronicleSha, new string('0', 64));

        Assert.Contains("SHA-256", Single(SeedProblemCodes.BadSourceFile).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingSchema_IsBadSchema()
    {
        _seed.Schema = null;

        var result = Validate();

        Assert.False(result.IsValid);
        Assert.Null(result.Graph);
        Assert.Equal(SeedProblemCodes.BadSchema, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Validate_UnknownTopLevelKey_IsBadStructure()
    {
        _seed.Nodes = _seed.Nodes.Replace("nodes:", "node:", StringComparison.Ordinal);

        var problem = Single(SeedProblemCodes.BadStructure);

        Assert.Equal(new Model.SourceLocation(MiniSeed.NodesPath, 1, 1), problem.Location);
    }

    [Fact]
    public void Validate_ManyProblemsInSeveralFiles_ReportsAllAtOnceInFileOrder()
    {
        _seed.ReplaceInNodes("label: Fund", "label: Fnud");
        _seed.ReplaceInNodes("date: '2022-01-14'", "date: '2022-13-14'");
        _seed.ReplaceInNodes("url: https://www.jiji.com/jc/article?k=2022011300821", "url: not a url");
        _seed.ReplaceInRelationships("type: HAS_AMOUNT", "type: HAS_AMOUNTS");
        _seed.ReplaceInRelationships("to: pub-jiji", "to: pub-jijii");
        _seed.ExtraFiles["relationships/broken.yaml"] = "relationships:\n  - { from: a, type: [x, to: b }\n";

        var result = Validate();
        var codes = result.Problems.Select(p => p.Code).ToList();

        Assert.Contains(SeedProblemCodes.UnknownLabel, codes);
        Assert.Contains(SeedProblemCodes.BadDate, codes);
        Assert.Contains(SeedProblemCodes.BadUrl, codes);
        Assert.Contains(SeedProblemCodes.UnknownType, codes);
        Assert.Contains(SeedProblemCodes.DanglingReference, codes);
        Assert.Contains(SeedProblemCodes.YamlSyntax, codes);
        var ordered = result
            .Problems.OrderBy(p => p.Location.File, StringComparer.Ordinal)
            .ThenBy(p => p.Location.Line)
            .ThenBy(p => p.Location.Column)
            .ToList();
        Assert.Equal(ordered, result.Problems);
        var ex = Assert.Throws<SeedValidationException>(result.GetValidGraph);
        Assert.Equal(result.Problems.Count, ex.Problems.Count);
        Assert.Contains("nodes/mini.yaml:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmbeddedSeed_EqualsRepositoryFolder()
    {
        var embedded = SeedSource.Embedded();
        var folder = SeedPaths.Repository();

        Assert.Equal(folder.Files.Select(f => (f.Path, f.Content)), embedded.Files.Select(f => (f.Path, f.Content)));
    }
}
