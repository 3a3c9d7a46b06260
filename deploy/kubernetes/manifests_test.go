package kubernetes

import (
	"os"
	"slices"
	"strings"
	"testing"

	batchv1 "k8s.io/api/batch/v1"
	"sigs.k8s.io/yaml"
)

// load decodes a manifest strictly into the batch/v1 Job type: an unknown or
// misspelt field anywhere is an error, as the API server's schema would
// reject it.
func load(t *testing.T, path string) *batchv1.Job {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var job batchv1.Job
	if err := yaml.UnmarshalStrict(data, &job); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if job.APIVersion != "batch/v1" || job.Kind != "Job" {
		t.Fatalf("%s: %s %s, want batch/v1 Job", path, job.APIVersion, job.Kind)
	}
	return &job
}

func TestShardJob(t *testing.T) {
	job := load(t, "shard-job.yaml")
	s := job.Spec
	if s.CompletionMode == nil || *s.CompletionMode != batchv1.IndexedCompletion {
		t.Error("shard job must be an Indexed Job (deid reads JOB_COMPLETION_INDEX)")
	}
	if s.Completions == nil || s.Parallelism == nil || *s.Parallelism > *s.Completions {
		t.Error("completions (the plan's shard count) and parallelism must be set, parallelism <= completions")
	}
	if s.BackoffLimitPerIndex == nil {
		t.Error("retries should be per index, so one failed shard does not rerun the others")
	}
	c := s.Template.Spec.Containers[0]
	if !slices.Equal(c.Args[:3], []string{"run", "--plan", "/plan/plan.json"}) {
		t.Errorf("args %v", c.Args)
	}
	keyMounted := false
	for _, m := range c.VolumeMounts {
		keyMounted = keyMounted || m.MountPath == "/secrets/deid" && m.ReadOnly
	}
	if !keyMounted {
		t.Error("the key must come from a read-only Secret mount")
	}
	for _, e := range c.Env {
		if e.Name == "DEID_KEY" {
			t.Error("the key must not be an environment value in the manifest")
		}
	}
	for _, a := range c.Args {
		if strings.Contains(strings.ToLower(a), "key") {
			t.Errorf("argument %q: keys never go on the command line", a)
		}
	}
}

func TestMergeJob(t *testing.T) {
	job := load(t, "merge-job.yaml")
	c := job.Spec.Template.Spec.Containers[0]
	if !slices.Equal(c.Args[:2], []string{"manifest", "merge"}) {
		t.Errorf("args %v", c.Args)
	}
	if job.Spec.Template.Spec.RestartPolicy != "Never" {
		t.Error("a failed merge must stay failed")
	}
}

func TestStrictDecodeCatchesTypos(t *testing.T) {
	bad := []byte("apiVersion: batch/v1\nkind: Job\nspec:\n  completionMod: Indexed\n")
	var job batchv1.Job
	if err := yaml.UnmarshalStrict(bad, &job); err == nil {
		t.Fatal("a misspelt field was accepted; the manifest check would prove nothing")
	}
}
