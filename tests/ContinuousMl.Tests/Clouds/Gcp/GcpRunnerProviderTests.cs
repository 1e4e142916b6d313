using System.Text.Json.Nodes;
using ContinuousMl.Ci;
using ContinuousMl.Clouds.Gcp;
using ContinuousMl.Runners.Cloud;
using FakeClouds.Gcp;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Tests.Clouds.Gcp;

/// <summary>Our Compute Engine client and service-account token exchange against the fake GCP on 127.0.0.1.</summary>
public sealed class GcpRunnerProviderTests : IAsyncLifetime
{
    private const string Script = "#!/bin/bash\necho runner\n";
    private FakeGcp gcp = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        gcp = await FakeGcp.StartAsync();
        http = new HttpClient();
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await gcp.DisposeAsync();
    }

    [Fact]
    public async Task A_service_account_key_buys_a_token_and_the_insert_carries_every_flag()
    {
        var request = Request() with
        {
            Region = "us-west",
            Gpu = "v100",
            HddSizeGb = 100,
            Spot = true,
            MaxLifetime = TimeSpan.FromHours(2),
            PermissionSet = "runner@fake-project.iam.gserviceaccount.com,scopes=storage-ro",
            Metadata = new Dictionary<string, string?> { ["Team"] = "Vision", ["ephemeral"] = null },
        };

        var instance = await Provider().LaunchAsync(request, CancellationToken.None);

        Assert.Equal(new CloudInstance("gcp", "cml-gcp-1", "us-west1-b"), instance);
        var token = gcp.State.Requests.First();
        Assert.Equal("/token", token.Path);
        var insert = Assert.Single(gcp.State.Requests, r => r.Method == "POST" && r.Path.EndsWith("/instances", StringComparison.Ordinal));
        Assert.Equal("/compute/v1/projects/fake-project/zones/us-west1-b/instances", insert.Path);
        Assert.Equal("Bearer ya29.fake-compute-token", insert.Headers["Authorization"]);
        Assert.NotNull(insert.Parameter("requestId"));
        var body = JsonNode.Parse(insert.Body)!;
        Assert.Equal("cml-gcp-1", (string?)body["name"]);
        Assert.Equal("zones/us-west1-b/machineTypes/custom-8-65536-ext", (string?)body["machineType"]);
        Assert.Equal("zones/us-west1-b/acceleratorTypes/nvidia-tesla-v100", (string?)body["guestAccelerators"]![0]!["acceleratorType"]);
        Assert.Equal(1, (int?)body["guestAccelerators"]![0]!["acceleratorCount"]);
        Assert.Equal("TERMINATE", (string?)body["scheduling"]!["onHostMaintenance"]);
        Assert.Equal("SPOT", (string?)body["scheduling"]!["provisioningModel"]);
        Assert.Equal("DELETE", (string?)body["scheduling"]!["instanceTerminationAction"]);
        Assert.Equal("7200", (string?)body["scheduling"]!["maxRunDuration"]!["seconds"]);
        Assert.Equal(false, (bool?)body["scheduling"]!["automaticRestart"]);
        Assert.Equal("startup-script", (string?)body["metadata"]!["items"]![0]!["key"]);
        Assert.Equal(Script, (string?)body["metadata"]!["items"]![0]!["value"]);
        var disk = body["disks"]![0]!;
        Assert.True((bool?)disk["boot"]);
        Assert.True((bool?)disk["autoDelete"]);
        Assert.Equal("100", (string?)disk["initializeParams"]!["diskSizeGb"]);
        Assert.Equal("projects/ubuntu-os-cloud/global/images/family/ubuntu-2204-lts", (string?)disk["initializeParams"]!["sourceImage"]);
        Assert.Equal("zones/us-west1-b/diskTypes/pd-balanced", (string?)disk["initializeParams"]!["diskType"]);
        Assert.Equal("runner@fake-project.iam.gserviceaccount.com", (string?)body["serviceAccounts"]![0]!["email"]);
        Assert.Equal("https://www.googleapis.com/auth/devstorage.read_only", (string?)body["serviceAccounts"]![0]!["scopes"]![0]);
        Assert.Equal("vision", (string?)body["labels"]!["team"]);
        Assert.Equal("", (string?)body["labels"]!["ephemeral"]);
        Assert.Equal("cml-gcp-1", (string?)body["labels"]!["cml-runner"]);
        // The insert's operation was followed to DONE before the launch returned.
        Assert.Contains(gcp.State.Requests, r => r.Method == "GET" && r.Path.Contains("/operations/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_plain_launch_asks_for_no_gpu_spot_or_deadline_and_a_project_image_path_is_expanded()
    {
        await Provider().LaunchAsync(Request() with { Image = "my-project/my-runner-image" }, CancellationToken.None);

        var body = Assert.Single(gcp.State.Instances).Body;
        Assert.Equal("zones/us-west1-b/machineTypes/e2-custom-8-32768", (string?)body["machineType"]);
        Assert.Null(body["guestAccelerators"]);
        Assert.Null(body["serviceAccounts"]);
        Assert.Null(body["scheduling"]!["provisioningModel"]);
        Assert.Null(body["scheduling"]!["maxRunDuration"]);
        Assert.Equal("projects/my-project/global/images/my-runner-image", (string?)body["disks"]![0]!["initializeParams"]!["sourceImage"]);
    }

    [Fact]
    public async Task Terminate_deletes_the_instance_and_is_idempotent()
    {
        var provider = Provider();
        var instance = await provider.LaunchAsync(Request(), CancellationToken.None);

        await provider.TerminateAsync(instance, CancellationToken.None);
        await provider.TerminateAsync(instance, CancellationToken.None);

        Assert.Empty(gcp.State.Instances);
        var deletes = gcp.State.Requests.Where(r => r.Method == "DELETE").ToList();
        Assert.Equal(2, deletes.Count);
        Assert.All(deletes, d => Assert.Equal("/compute/v1/projects/fake-project/zones/us-west1-b/instances/cml-gcp-1", d.Path));
    }

    [Fact]
    public async Task A_capacity_failure_in_the_operation_is_reported_with_what_to_change()
    {
        gcp.State.ArmOperationError("ZONE_RESOURCE_POOL_EXHAUSTED", "The zone does not have enough resources available to fulfill the request.");

        var error = await Assert.ThrowsAsync<CloudRunnerException>(() => Provider().LaunchAsync(Request() with { Gpu = "t4" }, CancellationToken.None));

        Assert.Equal(
            "GCP has no capacity for this while launching n1-standard-4 in us-west1-b (ZONE_RESOURCE_POOL_EXHAUSTED): try another --cloud-region (zone), another --cloud-type, or later",
            error.Message);
        Assert.Empty(gcp.State.Instances);
    }

    [Fact]
    public async Task A_forbidden_insert_names_the_role_to_grant()
    {
        gcp.State.Arm("insert", new GcpFault(403, "forbidden", "Required 'compute.instances.create' permission for 'projects/fake-project/zones/us-west1-b/instances/cml-gcp-1'"));

        var error = await Assert.ThrowsAsync<CloudRunnerException>(() => Provider().LaunchAsync(Request(), CancellationToken.None));

        Assert.StartsWith("the GCP credentials may not do this while launching e2-custom-8-32768 in us-west1-b (403): grant the service account roles/compute.instanceAdmin.v1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_given_access_token_is_used_as_is_and_a_wrong_one_names_the_variables()
    {
        var settings = new GcpCloudSettings { AccessToken = "ya29.wrong", Project = "fake-project", ComputeUrl = gcp.ComputeUrl, OperationPollInterval = TimeSpan.FromMilliseconds(10) };

        var error = await Assert.ThrowsAsync<CloudRunnerException>(() => Provider(settings).LaunchAsync(Request(), CancellationToken.None));

        Assert.Equal(
            "GCP rejected the credentials while launching e2-custom-8-32768 in us-west1-b (401): check GOOGLE_APPLICATION_CREDENTIALS_DATA or CML_GCP_ACCESS_TOKEN",
            error.Message);
        Assert.DoesNotContain(gcp.State.Requests, r => r.Path == "/token");
        Assert.DoesNotContain("ya29", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_token_exchange_names_the_service_account()
    {
        gcp.State.Arm("token", new GcpFault(400, "invalid_grant", "Invalid JWT Signature."));

        var error = await Assert.ThrowsAsync<CloudRunnerException>(() => Provider().LaunchAsync(Request(), CancellationToken.None));

        Assert.StartsWith($"Google refused a token for service account {gcp.State.ServiceAccountEmail} (HTTP 400)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_token_endpoint_is_a_one_line_error()
    {
        var settings = new GcpCloudSettings
        {
            ServiceAccountJson = gcp.ServiceAccountJson(),
            TokenUrl = new Uri("http://127.0.0.1:1/token"),
            ComputeUrl = gcp.ComputeUrl,
        };

        var error = await Assert.ThrowsAsync<CloudRunnerException>(() => Provider(settings).LaunchAsync(Request(), CancellationToken.None));

        Assert.Equal("cannot reach Google's token endpoint http://127.0.0.1:1/token: check the network", error.Message);
        Assert.Empty(gcp.State.Instances);
    }

    [Fact]
    public async Task A_name_in_use_asks_for_another_name()
    {
        await Provider().LaunchAsync(Request(), CancellationToken.None);

        var error = await Assert.ThrowsAsync<CloudRunnerException>(() => Provider().LaunchAsync(Request(), CancellationToken.None));

        Assert.StartsWith("an instance of that name already exists while launching", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_come_from_the_environment_and_missing_credentials_are_named()
    {
        var environment = new DictionaryEnvironment(
        [
            new("GOOGLE_APPLICATION_CREDENTIALS_DATA", gcp.ServiceAccountJson("other-project")),
            new("GOOGLE_CLOUD_PROJECT", "fake-project"),
            new("CML_GCP_COMPUTE_URL", gcp.ComputeUrl.ToString()),
        ]);
        var settings = GcpCloudSettings.FromEnvironment(environment) with { OperationPollInterval = TimeSpan.FromMilliseconds(10) };
        await Provider(settings).LaunchAsync(Request(), CancellationToken.None);
        Assert.Equal("fake-project", Assert.Single(gcp.State.Instances).Project);

        var none = GcpCloudSettings.FromEnvironment(new DictionaryEnvironment([new("GOOGLE_CLOUD_PROJECT", "p"), new("CML_GCP_COMPUTE_URL", gcp.ComputeUrl.ToString())]));
        var error = await Assert.ThrowsAsync<CloudRunnerException>(() => Provider(none).LaunchAsync(Request(), CancellationToken.None));
        Assert.StartsWith("GCP credentials are missing: set GOOGLE_APPLICATION_CREDENTIALS_DATA", error.Message, StringComparison.Ordinal);
    }

    private GcpRunnerProvider Provider(GcpCloudSettings? settings = null)
    {
        settings ??= new GcpCloudSettings
        {
            ServiceAccountJson = gcp.ServiceAccountJson(),
            ComputeUrl = gcp.ComputeUrl,
            OperationPollInterval = TimeSpan.FromMilliseconds(10),
        };
        return new GcpRunnerProvider(
            new GcpComputeClient(http, settings.ComputeUrl, new GcpAccessTokenSource(settings, http)), settings, NullLogger<GcpRunnerProvider>.Instance);
    }

    private static CloudRunnerRequest Request() => new() { Name = "cml-gcp-1", StartupScript = Script };
}
