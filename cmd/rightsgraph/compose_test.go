package main

import (
	"os"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestDockerCompose checks docker-compose.yml against the code, since
// Docker cannot run here: the services, their ports, and environment keys
// that LoadConfig reads.
func TestDockerCompose(t *testing.T) {
	data, err := os.ReadFile("../../docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	var compose struct {
		Services map[string]struct {
			Image       string            `yaml:"image"`
			Build       string            `yaml:"build"`
			Environment map[string]string `yaml:"environment"`
			Ports       []string          `yaml:"ports"`
			Volumes     []string          `yaml:"volumes"`
			Healthcheck struct {
				Test []string `yaml:"test"`
			} `yaml:"healthcheck"`
			DependsOn map[string]struct {
				Condition string `yaml:"condition"`
			} `yaml:"depends_on"`
		} `yaml:"services"`
		Volumes map[string]any `yaml:"volumes"`
	}
	if err := yaml.Unmarshal(data, &compose); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
	neo, app := compose.Services["neo4j"], compose.Services["rightsgraph"]
	if !strings.HasPrefix(neo.Image, "neo4j:5.26") || !strings.Contains(neo.Image, "community") {
		t.Errorf("neo4j image %q, want neo4j:5.26-community", neo.Image)
	}
	if !slices.ContainsFunc(neo.Ports, func(p string) bool { return strings.HasSuffix(p, ":7687") }) {
		t.Errorf("neo4j ports %v lack Bolt 7687", neo.Ports)
	}
	if len(neo.Healthcheck.Test) == 0 || len(neo.Volumes) == 0 {
		t.Errorf("neo4j needs a healthcheck and a volume")
	}
	if _, ok := compose.Volumes[strings.Split(neo.Volumes[0], ":")[0]]; !ok {
		t.Errorf("volume %q is not declared", neo.Volumes[0])
	}
	if app.Build == "" {
		t.Errorf("rightsgraph is not built from the Dockerfile")
	}
	if app.DependsOn["neo4j"].Condition != "service_healthy" {
		t.Errorf("rightsgraph must wait for a healthy neo4j")
	}
	for key := range app.Environment {
		if !slices.Contains(EnvKeys, key) {
			t.Errorf("rightsgraph environment key %s is not read by LoadConfig (keys: %v)", key, EnvKeys)
		}
	}
	cfg, err := LoadConfig(func(k string) string { return app.Environment[k] })
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(cfg.Neo4j.URI, "neo4j://neo4j:7687") && !strings.HasPrefix(cfg.Neo4j.URI, "bolt://neo4j:7687") {
		t.Errorf("NEO4J_URI %q does not point at the neo4j service", cfg.Neo4j.URI)
	}
	port := cfg.Addr[strings.LastIndex(cfg.Addr, ":"):]
	if !slices.ContainsFunc(app.Ports, func(p string) bool { return strings.HasSuffix(p, port) }) {
		t.Errorf("rightsgraph listens on %s but publishes %v", cfg.Addr, app.Ports)
	}
	// .env.example documents every key.
	example, err := os.ReadFile("../../.env.example")
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range EnvKeys {
		if !strings.Contains(string(example), "\n"+key+"=") {
			t.Errorf(".env.example does not document %s", key)
		}
	}
}
