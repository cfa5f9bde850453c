variable "environment_suffix" {
  description = "Suffix of every name, so environments (dev, staging, production) do not collide"
  type        = string
  default     = "dev"
}
