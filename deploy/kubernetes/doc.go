// Package kubernetes holds deid's Kubernetes manifests (an Indexed Job that
// runs the shards of a plan, and the merge Job) and a test that checks them
// against the Kubernetes API types.
package kubernetes
