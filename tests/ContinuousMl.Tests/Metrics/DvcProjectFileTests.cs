using ContinuousMl.Metrics;

namespace ContinuousMl.Tests.Metrics;

public sealed class DvcProjectFileTests
{
    private const string Project = """
        stages:
          prepare:
            cmd: python prepare.py
            params:
              - prepare.split
          train:
            cmd: python train.py
            wdir: model
            params:
              - lr
              - train.epochs
              - ../configs/extra.toml:
                  - optimizer
              - ../configs/all.yaml:
            metrics:
              - scores.json:
                  cache: false
              - ../eval/summary.yaml
          sweep:
            foreach: [1, 2]
            do:
              cmd: python sweep.py ${item}
              metrics:
                - sweep/${item}.json
                - sweep/summary.json
        metrics:
          - dvclive/metrics.json
        params:
          - dvclive/params.yaml
        """;

    [Fact]
    public void Metrics_come_from_the_top_level_and_every_stage_relative_to_wdir()
    {
        var targets = DvcProjectFile.Read(new StringReader(Project), MetricsKind.Metrics, "dvc.yaml");

        Assert.Equal(["dvclive/metrics.json", "model/scores.json", "eval/summary.yaml", "sweep/summary.json"], targets.Select(t => t.Path));
        Assert.All(targets, target => Assert.Null(target.Keys));
    }

    [Fact]
    public void Params_keep_the_keys_stages_depend_on_and_whole_files_where_none_are_named()
    {
        var targets = DvcProjectFile.Read(new StringReader(Project), MetricsKind.Params, "dvc.yaml").ToDictionary(t => t.Path);

        Assert.Equal(["dvclive/params.yaml", "params.yaml", "model/params.yaml", "configs/extra.toml", "configs/all.yaml"], targets.Keys);
        Assert.Null(targets["dvclive/params.yaml"].Keys);
        Assert.Equal(["prepare.split"], targets["params.yaml"].Keys!);
        Assert.Equal(["lr", "train.epochs"], targets["model/params.yaml"].Keys!);
        Assert.Equal(["optimizer"], targets["configs/extra.toml"].Keys!);
        Assert.Null(targets["configs/all.yaml"].Keys);
    }

    [Fact]
    public void A_target_with_keys_includes_them_and_what_is_nested_under_them_only()
    {
        var target = new MetricsTarget("params.yaml", ["train.epochs", "lr"]);

        Assert.True(target.Includes("lr"));
        Assert.True(target.Includes("train.epochs"));
        Assert.True(target.Includes("train.epochs.warmup"));
        Assert.False(target.Includes("train.epochsx"));
        Assert.False(target.Includes("lr_decay"));
        Assert.False(target.Includes("train"));
    }

    [Fact]
    public void A_file_without_declarations_declares_nothing()
    {
        Assert.Empty(DvcProjectFile.Read(new StringReader("stages:\n  a:\n    cmd: echo\n"), MetricsKind.Metrics, "dvc.yaml"));
        Assert.Empty(DvcProjectFile.Read(new StringReader(string.Empty), MetricsKind.Params, "dvc.yaml"));
    }
}
