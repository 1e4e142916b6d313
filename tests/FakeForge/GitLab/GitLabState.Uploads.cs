using System.Globalization;
using System.Security.Cryptography;

namespace FakeForge.GitLab;

/// <summary>Project uploads: each gets a fresh random secret, as on GitLab, so the same bytes twice are two files.</summary>
public sealed partial class GitLabState
{
    /// <summary>Files uploaded to any project, oldest first.</summary>
    public IReadOnlyList<GitLabStoredUpload> Uploads
    {
        get
        {
            lock (gate)
            {
                return uploads.ToArray();
            }
        }
    }

    internal GitLabStoredUpload AddUpload(string projectId, string fileName, string contentType, byte[] content)
    {
        lock (gate)
        {
            var project = ApiProject(projectId);
            var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            var url = $"/uploads/{secret}/{fileName}";
            var upload = new GitLabStoredUpload(
                nextId++, project.Path, secret, fileName, contentType, content, url, $"{BaseUrl.AbsoluteUri}{project.Path}{url}");
            uploads.Add(upload);
            return upload;
        }
    }

    /// <summary>The upload a browser asks for by project path (or numeric id), secret and file name; null when none.</summary>
    internal GitLabStoredUpload? FindUpload(string project, string secret, string fileName)
    {
        lock (gate)
        {
            var byId = long.TryParse(project, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? projects.Values.FirstOrDefault(p => p.Id == id)?.Path
                : null;
            var path = byId ?? project;
            return uploads.FirstOrDefault(u =>
                string.Equals(u.ProjectPath, path, StringComparison.OrdinalIgnoreCase) && u.Secret == secret && u.FileName == fileName);
        }
    }
}
