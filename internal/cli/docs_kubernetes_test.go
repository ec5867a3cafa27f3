package cli

import (
	"path"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
)

// k8sObject is the part of the Kubernetes objects the manifests use: a
// Secret, a Deployment, a Service or a CronJob. Decoded with unknown
// fields an error, it catches a misspelt field.
type k8sObject struct {
	APIVersion string            `yaml:"apiVersion"`
	Kind       string            `yaml:"kind"`
	Metadata   k8sMeta           `yaml:"metadata"`
	Type       string            `yaml:"type"`
	StringData map[string]string `yaml:"stringData"`
	Spec       k8sSpec           `yaml:"spec"`
}

type k8sMeta struct {
	Name   string            `yaml:"name"`
	Labels map[string]string `yaml:"labels"`
}

// k8sSpec is the union of the specs: Deployment, Service, CronJob.
type k8sSpec struct {
	Replicas                   int                   `yaml:"replicas"`
	Strategy                   struct{ Type string } `yaml:"strategy"`
	Selector                   map[string]any        `yaml:"selector"`
	Template                   podTemplate           `yaml:"template"`
	Ports                      []servicePort         `yaml:"ports"`
	Schedule                   string                `yaml:"schedule"`
	TimeZone                   string                `yaml:"timeZone"`
	ConcurrencyPolicy          string                `yaml:"concurrencyPolicy"`
	StartingDeadlineSeconds    int                   `yaml:"startingDeadlineSeconds"`
	SuccessfulJobsHistoryLimit int                   `yaml:"successfulJobsHistoryLimit"`
	FailedJobsHistoryLimit     int                   `yaml:"failedJobsHistoryLimit"`
	AccessModes                []string              `yaml:"accessModes"`
	Resources                  struct {
		Requests map[string]string `yaml:"requests"`
	} `yaml:"resources"`
	JobTemplate struct {
		Spec struct {
			BackoffLimit          int         `yaml:"backoffLimit"`
			ActiveDeadlineSeconds int         `yaml:"activeDeadlineSeconds"`
			Template              podTemplate `yaml:"template"`
		} `yaml:"spec"`
	} `yaml:"jobTemplate"`
}

type servicePort struct {
	Name       string `yaml:"name"`
	Port       int    `yaml:"port"`
	TargetPort string `yaml:"targetPort"`
}

type podTemplate struct {
	Metadata k8sMeta `yaml:"metadata"`
	Spec     podSpec `yaml:"spec"`
}

type podSpec struct {
	TerminationGracePeriodSeconds int         `yaml:"terminationGracePeriodSeconds"`
	AutomountServiceAccountToken  *bool       `yaml:"automountServiceAccountToken"`
	RestartPolicy                 string      `yaml:"restartPolicy"`
	SecurityContext               podSecurity `yaml:"securityContext"`
	Containers                    []container `yaml:"containers"`
	Volumes                       []volume    `yaml:"volumes"`
}

type podSecurity struct {
	RunAsNonRoot   bool                  `yaml:"runAsNonRoot"`
	RunAsUser      int64                 `yaml:"runAsUser"`
	RunAsGroup     int64                 `yaml:"runAsGroup"`
	FSGroup        int64                 `yaml:"fsGroup"`
	SeccompProfile struct{ Type string } `yaml:"seccompProfile"`
}

type container struct {
	Name  string   `yaml:"name"`
	Image string   `yaml:"image"`
	Args  []string `yaml:"args"`
	Ports []struct {
		Name          string `yaml:"name"`
		ContainerPort int    `yaml:"containerPort"`
	} `yaml:"ports"`
	Env          []envVar `yaml:"env"`
	VolumeMounts []struct {
		Name      string `yaml:"name"`
		MountPath string `yaml:"mountPath"`
		ReadOnly  bool   `yaml:"readOnly"`
	} `yaml:"volumeMounts"`
	LivenessProbe  *probe `yaml:"livenessProbe"`
	ReadinessProbe *probe `yaml:"readinessProbe"`
	Resources      struct {
		Requests map[string]string `yaml:"requests"`
		Limits   map[string]string `yaml:"limits"`
	} `yaml:"resources"`
	SecurityContext struct {
		AllowPrivilegeEscalation *bool                   `yaml:"allowPrivilegeEscalation"`
		ReadOnlyRootFilesystem   bool                    `yaml:"readOnlyRootFilesystem"`
		Capabilities             struct{ Drop []string } `yaml:"capabilities"`
	} `yaml:"securityContext"`
}

type envVar struct {
	Name      string `yaml:"name"`
	Value     string `yaml:"value"`
	ValueFrom *struct {
		SecretKeyRef struct {
			Name string `yaml:"name"`
			Key  string `yaml:"key"`
		} `yaml:"secretKeyRef"`
	} `yaml:"valueFrom"`
}

type probe struct {
	HTTPGet struct {
		Path string `yaml:"path"`
		Port string `yaml:"port"`
	} `yaml:"httpGet"`
	PeriodSeconds    int `yaml:"periodSeconds"`
	TimeoutSeconds   int `yaml:"timeoutSeconds"`
	FailureThreshold int `yaml:"failureThreshold"`
}

type volume struct {
	Name   string `yaml:"name"`
	Secret struct {
		SecretName string `yaml:"secretName"`
		Items      []struct {
			Key  string `yaml:"key"`
			Path string `yaml:"path"`
		} `yaml:"items"`
		DefaultMode int `yaml:"defaultMode"`
	} `yaml:"secret"`
	PersistentVolumeClaim struct {
		ClaimName string `yaml:"claimName"`
	} `yaml:"persistentVolumeClaim"`
}

// byKind indexes objects by kind; a kind twice is an error.
func byKind(t *testing.T, rel string, objs []k8sObject) map[string]k8sObject {
	t.Helper()
	out := map[string]k8sObject{}
	for _, o := range objs {
		if _, dup := out[o.Kind]; dup || o.APIVersion == "" || o.Metadata.Name == "" {
			t.Errorf("%s: %s %q: a second one, or no apiVersion or name", rel, o.Kind, o.Metadata.Name)
		}
		out[o.Kind] = o
	}
	return out
}

// The SQLite manifest: one replica, replaced by Recreate, its state file
// on the claimed volume.
func TestKubernetesManifest(t *testing.T) {
	objs := byKind(t, kubernetesPath, decodeAll[k8sObject](t, kubernetesPath))
	if kinds := sortedKinds(objs); !slices.Equal(kinds, []string{"Deployment", "PersistentVolumeClaim", "Secret", "Service"}) {
		t.Fatalf("%s: kinds %v, want Deployment, PersistentVolumeClaim, Secret, Service", kubernetesPath, kinds)
	}
	dep := objs["Deployment"]
	checkServer(t, kubernetesPath, objs)
	if dep.Spec.Replicas != 1 || dep.Spec.Strategy.Type != "Recreate" {
		t.Errorf("Deployment: %d replicas, strategy %q; want 1, Recreate: the state file is one process's", dep.Spec.Replicas, dep.Spec.Strategy.Type)
	}
	pod := dep.Spec.Template.Spec
	state, claim := envValue(pod.Containers[0], "POSTMORTEM_BOT_STATE"), objs["PersistentVolumeClaim"].Metadata.Name
	if !onVolume(pod, state, func(v volume) bool { return v.PersistentVolumeClaim.ClaimName == claim }) {
		t.Errorf("POSTMORTEM_BOT_STATE %q: not on a mounted volume of the claim %q", state, claim)
	}
}

// The PostgreSQL manifest: several replicas, rolled one at a time, the
// database's URL from the Secret.
func TestKubernetesPostgresManifest(t *testing.T) {
	objs := byKind(t, kubernetesPostgresPath, decodeAll[k8sObject](t, kubernetesPostgresPath))
	if kinds := sortedKinds(objs); !slices.Equal(kinds, []string{"Deployment", "Secret", "Service"}) {
		t.Fatalf("%s: kinds %v, want Deployment, Secret, Service", kubernetesPostgresPath, kinds)
	}
	dep := objs["Deployment"]
	checkServer(t, kubernetesPostgresPath, objs)
	if dep.Spec.Replicas < 2 || dep.Spec.Strategy.Type != "RollingUpdate" {
		t.Errorf("Deployment: %d replicas, strategy %q; want several, RollingUpdate", dep.Spec.Replicas, dep.Spec.Strategy.Type)
	}
	c := dep.Spec.Template.Spec.Containers[0]
	if ref := envRef(c, "DATABASE_URL"); ref == "" || !strings.HasPrefix(objs["Secret"].StringData[ref], "postgres://") {
		t.Errorf("DATABASE_URL: want a postgres:// URL from the Secret")
	}
}

// onVolume reports whether file lies under a mount of a volume that is.
func onVolume(pod podSpec, file string, is func(volume) bool) bool {
	for _, m := range pod.Containers[0].VolumeMounts {
		for _, v := range pod.Volumes {
			if v.Name == m.Name && is(v) && !m.ReadOnly && strings.HasPrefix(file, m.MountPath+"/") {
				return true
			}
		}
	}
	return false
}

// envRef is the Secret key the container's variable name comes from.
func envRef(c container, name string) string {
	for _, e := range c.Env {
		if e.Name == name && e.ValueFrom != nil {
			return e.ValueFrom.SecretKeyRef.Key
		}
	}
	return ""
}

// checkServer checks the Deployment and Service of a manifest of serve.
func checkServer(t *testing.T, rel string, objs map[string]k8sObject) {
	t.Helper()
	dep, svc := objs["Deployment"], objs["Service"]
	pod := dep.Spec.Template
	checkPod(t, rel, pod.Spec, objs["Secret"])
	if !labelsMatch(dep.Spec.Selector["matchLabels"], pod.Metadata.Labels) {
		t.Errorf("Deployment: selector %v for labels %v; want a match", dep.Spec.Selector, pod.Metadata.Labels)
	}
	if pod.Spec.TerminationGracePeriodSeconds <= int(shutdownTimeout.Seconds()) {
		t.Errorf("terminationGracePeriodSeconds %d: want more than serve's %v drain", pod.Spec.TerminationGracePeriodSeconds, shutdownTimeout)
	}
	c := pod.Spec.Containers[0]
	if len(c.Ports) != 1 || strconv.Itoa(c.Ports[0].ContainerPort) != defaultPort(t) {
		t.Fatalf("container ports %+v: want one, %s (serve's default)", c.Ports, defaultPort(t))
	}
	port := c.Ports[0]
	for name, p := range map[string]*probe{"/healthz": c.LivenessProbe, "/readyz": c.ReadinessProbe} {
		if p == nil || p.HTTPGet.Path != name || (p.HTTPGet.Port != port.Name && p.HTTPGet.Port != strconv.Itoa(port.ContainerPort)) {
			t.Errorf("probe of %s: got %+v, want GET %s on the container port", name, p, name)
		}
	}
	if addr := envValue(c, "ADDR"); addr != "" && addr != defaultAddr {
		t.Errorf("ADDR %q: want %s, the container port", addr, defaultAddr)
	}
	if len(svc.Spec.Ports) != 1 || (svc.Spec.Ports[0].TargetPort != port.Name && svc.Spec.Ports[0].TargetPort != strconv.Itoa(port.ContainerPort)) ||
		!labelsMatch(svc.Spec.Selector, pod.Metadata.Labels) {
		t.Errorf("Service: ports %+v, selector %v; want the container port and the pod's labels", svc.Spec.Ports, svc.Spec.Selector)
	}
}

func TestSummaryCronJob(t *testing.T) {
	secret := byKind(t, kubernetesPath, decodeAll[k8sObject](t, kubernetesPath))["Secret"]
	objs := byKind(t, summaryCronPath, decodeAll[k8sObject](t, summaryCronPath))
	cron, ok := objs["CronJob"]
	if !ok || len(objs) != 1 {
		t.Fatalf("%s: want one CronJob, got %v", summaryCronPath, sortedKinds(objs))
	}
	if _, err := config.ParseSchedule(cron.Spec.Schedule); err != nil {
		t.Errorf("schedule %q: %v", cron.Spec.Schedule, err)
	}
	pod := cron.Spec.JobTemplate.Spec.Template.Spec
	checkPod(t, summaryCronPath, pod, secret)
	if args := pod.Containers[0].Args; len(args) < 3 || args[0] != "summary" || !slices.Contains(args, "--repo") {
		t.Errorf("args %v: want summary --repo OWNER/NAME", args)
	}
	if pod.RestartPolicy != "OnFailure" && pod.RestartPolicy != "Never" {
		t.Errorf("restartPolicy %q: a Job's pod must not restart always", pod.RestartPolicy)
	}
}

// checkPod wants one container, non-root and locked down, with requests
// and limits, reading only variables the program reads, from secret.
func checkPod(t *testing.T, rel string, pod podSpec, secret k8sObject) {
	t.Helper()
	if len(pod.Containers) != 1 {
		t.Fatalf("%s: %d containers, want 1", rel, len(pod.Containers))
	}
	c := pod.Containers[0]
	sc := c.SecurityContext
	if !pod.SecurityContext.RunAsNonRoot || pod.SecurityContext.RunAsUser == 0 || sc.AllowPrivilegeEscalation == nil ||
		*sc.AllowPrivilegeEscalation || !slices.Contains(sc.Capabilities.Drop, "ALL") {
		t.Errorf("%s: security contexts %+v, %+v: want non-root, no privilege escalation, no capabilities", rel, pod.SecurityContext, sc)
	}
	for _, res := range []map[string]string{c.Resources.Requests, c.Resources.Limits} {
		if res["cpu"] == "" || res["memory"] == "" {
			t.Errorf("%s: resources %+v: want cpu and memory requests and limits", rel, c.Resources)
		}
	}
	read := codeVars(t)
	for _, e := range c.Env {
		if !slices.Contains(read, e.Name) {
			t.Errorf("%s: env %s: the program does not read it", rel, e.Name)
		}
		if ref := e.ValueFrom; ref != nil && (ref.SecretKeyRef.Name != secret.Metadata.Name || secret.StringData[ref.SecretKeyRef.Key] == "") {
			t.Errorf("%s: env %s: secret %s key %s is not in the Secret", rel, e.Name, ref.SecretKeyRef.Name, ref.SecretKeyRef.Key)
		}
	}
	checkKeyVolume(t, rel, pod, secret)
}

// checkKeyVolume wants GITHUB_PRIVATE_KEY_PATH to name a file of a
// mounted volume of the Secret.
func checkKeyVolume(t *testing.T, rel string, pod podSpec, secret k8sObject) {
	t.Helper()
	c := pod.Containers[0]
	keyPath := envValue(c, "GITHUB_PRIVATE_KEY_PATH")
	for _, m := range c.VolumeMounts {
		for _, v := range pod.Volumes {
			if v.Name != m.Name || v.Secret.SecretName != secret.Metadata.Name {
				continue
			}
			for _, item := range v.Secret.Items {
				if path.Join(m.MountPath, item.Path) == keyPath && secret.StringData[item.Key] != "" {
					return
				}
			}
		}
	}
	t.Errorf("%s: GITHUB_PRIVATE_KEY_PATH %q is no file of a mounted volume of the Secret", rel, keyPath)
}

// envValue is the literal value of the container's variable name.
func envValue(c container, name string) string {
	for _, e := range c.Env {
		if e.Name == name {
			return e.Value
		}
	}
	return ""
}

// labelsMatch reports whether every label of a selector is on labels.
func labelsMatch(selector any, labels map[string]string) bool {
	sel, _ := selector.(map[string]any)
	for k, v := range sel {
		if labels[k] != v {
			return false
		}
	}
	return len(sel) > 0
}

// sortedKinds lists the kinds of objs.
func sortedKinds(objs map[string]k8sObject) []string {
	set := map[string]bool{}
	for k := range objs {
		set[k] = true
	}
	return sortedSet(set)
}
