{{/*
Names, labels and the values-derived strings every template shares.
*/}}

{{/* The chart name, overridable with nameOverride (63 chars: a label value). */}}
{{- define "wac.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
The release's object name prefix. 50 chars, not 63: the longest suffix we append is
"-mock-gateway" (13 chars) and object names that become labels must stay within 63.
*/}}
{{- define "wac.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 50 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 50 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 50 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "wac.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Standard labels of every object; pass (dict "ctx" $ "component" "operator"). */}}
{{- define "wac.labels" -}}
helm.sh/chart: {{ include "wac.chart" .ctx }}
{{ include "wac.selectorLabels" . }}
app.kubernetes.io/version: {{ .ctx.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .ctx.Release.Service }}
app.kubernetes.io/part-of: whatsapp-campaigns
{{- end }}

{{/* The labels a Deployment selects its pods by (immutable once installed: keep them few). */}}
{{- define "wac.selectorLabels" -}}
app.kubernetes.io/name: {{ include "wac.name" .ctx }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/* The operator's ServiceAccount. */}}
{{- define "wac.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (printf "%s-operator" (include "wac.fullname" .)) .Values.serviceAccount.name }}
{{- else }}
{{- required "serviceAccount.name is required when serviceAccount.create is false" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The leader-election Lease's name. */}}
{{- define "wac.leaseName" -}}
{{- default (printf "%s-leader" (include "wac.fullname" .)) .Values.leaderElection.leaseName }}
{{- end }}

{{/*
An image reference from (dict "image" .Values.x.image "ctx" $): repository@digest when a digest is
set (immutable, preferred in production), else repository:tag, the tag defaulting to appVersion.
*/}}
{{- define "wac.image" -}}
{{- if .image.digest }}
{{- printf "%s@%s" .image.repository .image.digest }}
{{- else }}
{{- printf "%s:%s" .image.repository (default .ctx.Chart.AppVersion .image.tag) }}
{{- end }}
{{- end }}

{{/*
Seconds as a .NET TimeSpan string ("d.hh:mm:ss"): the operator binds its durations with
TimeSpan.Parse, which reads "00:00:90" as an error and "25:00:00" as an overflow.
*/}}
{{- define "wac.timespan" -}}
{{- $s := int64 . }}
{{- printf "%d.%02d:%02d:%02d" (div $s 86400) (mod (div $s 3600) 24) (mod (div $s 60) 60) (mod $s 60) }}
{{- end }}

{{/*
Redis.Client's configuration string for the operator. The password is never written here: it is
"$(REDIS_PASSWORD)", which the kubelet expands from the REDIS_PASSWORD variable (a secretKeyRef)
declared before it in the container's env.
*/}}
{{- define "wac.redisConfiguration" -}}
{{- $parts := list .Values.redis.address }}
{{- if .Values.redis.auth.enabled }}
{{- if .Values.redis.auth.username }}
{{- $parts = append $parts (printf "user=%s" .Values.redis.auth.username) }}
{{- end }}
{{- $parts = append $parts "password=$(REDIS_PASSWORD)" }}
{{- end }}
{{- if .Values.redis.ssl }}
{{- $parts = append $parts "ssl=true" }}
{{- end }}
{{- with .Values.redis.extraOptions }}
{{- $parts = append $parts . }}
{{- end }}
{{- join "," $parts }}
{{- end }}

{{/*
Redis env of a container (operator, webhook receiver): REDIS_PASSWORD from the Secret, declared before
Redis__Configuration, which refers to it as $(REDIS_PASSWORD).
*/}}
{{- define "wac.redisEnv" -}}
{{- if .Values.redis.auth.enabled }}
- name: REDIS_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .Values.redis.auth.existingSecret }}
      key: {{ .Values.redis.auth.existingSecretPasswordKey }}
{{- end }}
- name: Redis__Configuration
  value: {{ include "wac.redisConfiguration" . | quote }}
{{- end }}

{{/* The restricted container securityContext every pod of the chart uses. */}}
{{- define "wac.containerSecurityContext" -}}
runAsNonRoot: true
readOnlyRootFilesystem: true
allowPrivilegeEscalation: false
capabilities:
  drop: ["ALL"]
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{/* The restricted pod securityContext (the images' non-root "app" user). */}}
{{- define "wac.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .Values.runAsUser }}
runAsGroup: {{ .Values.runAsUser }}
fsGroup: {{ .Values.runAsUser }}
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{/* Checks across values that values.schema.json cannot express with a clear message. */}}
{{- define "wac.validate" -}}
{{- if and (gt (int .Values.replicas) 1) (not .Values.leaderElection.enabled) }}
{{- fail "replicas: more than 1 replica needs leaderElection.enabled=true (two active operators would reconcile the same campaigns)" }}
{{- end }}
{{- $le := .Values.leaderElection }}
{{- if and $le.enabled (not (and (gt (mul (int $le.renewDeadlineSeconds) 10) (mul (int $le.retryPeriodSeconds) 12)) (lt (int $le.renewDeadlineSeconds) (int $le.leaseDurationSeconds)))) }}
{{- fail "leaderElection: needs leaseDurationSeconds > renewDeadlineSeconds > 1.2 x retryPeriodSeconds (client-go's rule, checked by the operator at start)" }}
{{- end }}
{{- if and .Values.podDisruptionBudget.enabled (not (kindIs "invalid" .Values.podDisruptionBudget.minAvailable)) (not (kindIs "invalid" .Values.podDisruptionBudget.maxUnavailable)) }}
{{- fail "podDisruptionBudget: set minAvailable or maxUnavailable, not both" }}
{{- end }}
{{- $wpdb := .Values.webhookReceiver.podDisruptionBudget }}
{{- if and .Values.webhookReceiver.enabled $wpdb.enabled (not (kindIs "invalid" $wpdb.minAvailable)) (not (kindIs "invalid" $wpdb.maxUnavailable)) }}
{{- fail "webhookReceiver.podDisruptionBudget: set minAvailable or maxUnavailable, not both" }}
{{- end }}
{{- if and .Values.metrics.serviceMonitor.enabled (not .Values.metrics.service.enabled) }}
{{- fail "metrics.serviceMonitor.enabled: needs metrics.service.enabled=true (the ServiceMonitor scrapes through that Service)" }}
{{- end }}
{{- end }}

{{/*
What the operator does with the API in the namespaces it watches: the one list of its permissions,
used by the ClusterRole (all namespaces) and by each per-namespace Role (watchNamespaces). Each rule
names the code that needs it; tests/Charts.Tests/Rbac keeps the same table and fails when they differ.
*/}}
{{- define "wac.operatorRules" -}}
# Informers list+watch campaigns and sessions (Kube.Operator ResourceInformer); campaigns are read
# again on a write conflict and patched to add/remove the cleanup finalizer (EntityWriteExtensions).
- apiGroups: ["whatsapp.campaigns.dev"]
  resources: ["whatsappcampaigns"]
  verbs: ["get", "list", "watch", "patch"]
# Status is written through the status subresource (ReconcileStatusAsync → PUT .../status).
- apiGroups: ["whatsapp.campaigns.dev"]
  resources: ["whatsappcampaigns/status", "whatsappsessions/status"]
  verbs: ["update"]
# Jobs and snapshot ConfigMaps carry an ownerReference with blockOwnerDeletion=true, which the
# OwnerReferencesPermissionEnforcement admission plugin allows only with update on finalizers.
- apiGroups: ["whatsapp.campaigns.dev"]
  resources: ["whatsappcampaigns/finalizers"]
  verbs: ["update"]
# Sessions: informer, a campaign's sessionRef (ObservedStateReader), and /healthz/ready, which lists at
# most one (limit=1) in the watched namespace (or all) to prove the API server answers (HealthEndpoints).
- apiGroups: ["whatsapp.campaigns.dev"]
  resources: ["whatsappsessions"]
  verbs: ["get", "list", "watch"]
# Sender Jobs: watched (WatchOwned), listed by campaign label, created, suspended/resumed by merge
# patch, deleted by concurrencyPolicy Replace and the finalizer (PlanApplier, CampaignFinalizer).
- apiGroups: ["batch"]
  resources: ["jobs"]
  verbs: ["list", "watch", "create", "patch", "delete"]
# Recipient ConfigMaps are read for their header; run snapshots are created and listed, and read
# for their UID (owner of the run's Redis Secret).
- apiGroups: [""]
  resources: ["configmaps"]
  verbs: ["get", "list", "create"]
# The session's token Secret and Secret recipient sources are read (never listed); each run's
# Redis Secret (the Redis password stays out of the Job spec) is created, and updated if an
# earlier pass left it with an older configuration.
- apiGroups: [""]
  resources: ["secrets"]
  verbs: ["get", "create", "update"]
# Events about campaigns, aggregated by name (KubernetesEventRecorder: get, then create or update).
- apiGroups: [""]
  resources: ["events"]
  verbs: ["get", "create", "update"]
{{- end }}
