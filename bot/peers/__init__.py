"""Peer helpers: invites, matching, contact requests and the anonymous relay."""
