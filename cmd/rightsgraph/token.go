package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/rightsgraph/rightsgraph"
)

// tokenCmd manages API tokens in the configured store:
//
//	token create -role ROLE -name NAME [-restricted]   prints the token on its last line
//	token list
//	token revoke NAME
//
// The secret is shown once, at creation; the store keeps only its hash.
// The name "system" is reserved for the command line's own changes.
func tokenCmd(ctx context.Context, cfg Config, args []string, stdout, stderr io.Writer) error {
	const usage = "usage: rightsgraph token create -role reader|editor|admin -name NAME [-restricted] | token list | token revoke NAME"
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return errUsage
	}
	sub, args := args[0], args[1:]
	fs := newFlags("token "+sub, stderr)
	role := fs.String("role", "", "create: reader, editor or admin")
	name := fs.String("name", "", "create: a name for the token (who or what uses it)")
	cleared := fs.Bool("restricted", false, "create: clearance to see restricted entities, relations and reports")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case sub == "create" && (*name == "" || *role == "" || fs.NArg() > 0),
		sub == "list" && fs.NArg() > 0,
		sub == "revoke" && fs.NArg() != 1,
		sub != "create" && sub != "list" && sub != "revoke":
		fmt.Fprintln(stderr, usage)
		return errUsage
	}
	store, _, err := openStore(ctx, cfg, false)
	if err != nil {
		return err
	}
	defer store.Close()
	// The command line holds the store itself: it acts as the system, and
	// its changes are audited as the system's.
	ctx = rightsgraph.AsSystem(ctx)
	switch sub {
	case "create":
		t, secret, err := rightsgraph.CreateToken(ctx, store, *name, rightsgraph.Role(*role), *cleared)
		if err != nil {
			return err
		}
		clearance := ""
		if t.Cleared {
			clearance = ", cleared to see restricted things"
		}
		fmt.Fprintf(stdout, "token %q created with the %s role%s; it is shown only now:\n%s\n", t.Name, t.Role, clearance, secret)
	case "list":
		tokens, err := rightsgraph.ListTokens(ctx, store)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "NAME\tROLE\tRESTRICTED\tCREATED\tREVOKED")
		for _, t := range tokens {
			revoked := "-"
			if t.Revoked() {
				revoked = t.RevokedAt.Format(time.RFC3339)
			}
			fmt.Fprintf(tw, "%s\t%s\t%t\t%s\t%s\n", t.Name, t.Role, t.Cleared, t.CreatedAt.Format(time.RFC3339), revoked)
		}
		return tw.Flush()
	case "revoke":
		if _, err := rightsgraph.RevokeToken(ctx, store, fs.Arg(0)); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "token %q revoked\n", fs.Arg(0))
	}
	return nil
}
