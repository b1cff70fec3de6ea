#!/usr/bin/env sh
# Installs the peer (aws-local-stepfunctions@3) and a Node 22 binary into this folder only.
set -e
cd "$(dirname "$0")"
npm install --no-audit --no-fund
