using ContinuousMl.Errors;
using ContinuousMl.Reports;

namespace ContinuousMl.Tests.Reports;

public sealed class ReportTemplateTests
{
    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        ["verdict"] = "✅ passed\n",
        ["metrics"] = "| a | b |\n|---|---|\n| 1 | 2 |\n\n",
        ["params"] = "| p |\n|---|\n",
        ["charts"] = "```mermaid\nxychart-beta\n```\n",
        ["notes"] = string.Empty,
        ["base"] = "main",
        ["commit"] = "abc1234",
    };

    [Fact]
    public void Fills_every_placeholder_and_copies_the_rest_as_written()
    {
        var template = ReportTemplate.Parse("# Run {{ commit }} vs `{{base}}`\n\n{{verdict}}\n\n*keep* this\n\n{{metrics}}\n", "t.md");

        var rendered = template.Render(Values);

        Assert.Equal("# Run abc1234 vs `main`\n\n✅ passed\n\n*keep* this\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", rendered);
    }

    [Fact]
    public void A_line_whose_placeholder_is_empty_goes_with_its_blank_line()
    {
        var template = ReportTemplate.Parse("before\n\n{{notes}}\n\nafter\n", "t.md");

        Assert.Equal("before\n\nafter\n", template.Render(Values));
    }

    [Fact]
    public void An_unknown_placeholder_is_an_error_naming_the_line_and_the_known_ones()
    {
        var error = Assert.Throws<CmlException>(() => ReportTemplate.Parse("# Title\n\n{{verdict}}\n{{metric}}\n", "my.md"));

        Assert.Contains("my.md:4: unknown placeholder {{metric}}", error.Message, StringComparison.Ordinal);
        Assert.Contains("{{metrics}}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_backslash_keeps_a_placeholder_literal()
    {
        var template = ReportTemplate.Parse("write \\{{verdict}} to get {{verdict}}", "t.md");

        Assert.Equal("write {{verdict}} to get ✅ passed\n", template.Render(Values));
    }

    [Fact]
    public void Braces_that_name_nothing_are_plain_text()
    {
        var template = ReportTemplate.Parse("json: {{ \"a\": 1 }}\n", "t.md");

        Assert.Equal("json: {{ \"a\": 1 }}\n", template.Render(Values));
    }

    [Fact]
    public void The_built_in_template_is_the_one_in_the_repository()
    {
        var repositoryCopy = File.ReadAllText(Path.Combine(RepositoryRoot(), "templates", "reports", "default.md"));

        var rendered = ReportTemplate.Default().Render(Values);

        Assert.Equal(ReportTemplate.Parse(repositoryCopy, "default.md").Render(Values), rendered);
        foreach (var name in new[] { "verdict", "metrics", "params", "charts" })
        {
            Assert.Contains(Values[name].TrimEnd('\n'), rendered, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("{{", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("<", rendered.Replace("<-", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ContinuousMl.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("the repository root was not found above " + AppContext.BaseDirectory);
    }
}
