	.file	"probe_sandbox.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"r"
	.text
	.p2align 4
	.type	contains, @function
contains:
.LFB24:
	.cfi_startproc
	pushq	%r13
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
	pushq	%r12
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	movq	%rsi, %r12
	leaq	.LC0(%rip), %rsi
	pushq	%rbp
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	pushq	%rbx
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	subq	$65544, %rsp
	.cfi_def_cfa_offset 65584
	call	fopen@PLT
	testq	%rax, %rax
	je	.L6
	movq	%rsp, %r13
	movq	%rax, %rcx
	movl	$65535, %edx
	movl	$1, %esi
	movq	%r13, %rdi
	movq	%rax, %rbx
	call	fread@PLT
	movq	%rbx, %rdi
	movq	%rax, %rbp
	call	fclose@PLT
	testq	%rbp, %rbp
	je	.L3
	movq	%r13, %rax
	leaq	0(%r13,%rbp), %rdx
	.p2align 4,,10
	.p2align 3
.L5:
	cmpb	$0, (%rax)
	jne	.L4
	movb	$32, (%rax)
.L4:
	addq	$1, %rax
	cmpq	%rdx, %rax
	jne	.L5
.L3:
	movq	%r12, %rsi
	movq	%r13, %rdi
	movb	$0, (%rsp,%rbp)
	call	strstr@PLT
	testq	%rax, %rax
	setne	%al
	movzbl	%al, %eax
.L1:
	addq	$65544, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 40
	popq	%rbx
	.cfi_def_cfa_offset 32
	popq	%rbp
	.cfi_def_cfa_offset 24
	popq	%r12
	.cfi_def_cfa_offset 16
	popq	%r13
	.cfi_def_cfa_offset 8
	ret
.L6:
	.cfi_restore_state
	xorl	%eax, %eax
	jmp	.L1
	.cfi_endproc
.LFE24:
	.size	contains, .-contains
	.section	.rodata.str1.1
.LC1:
	.string	"shim"
.LC2:
	.string	"/proc/1/cmdline"
.LC3:
	.string	"0 0"
.LC4:
	.string	"/newroot"
.LC5:
	.string	"/proc/self/mountinfo"
.LC6:
	.string	"/sys/class/net"
.LC7:
	.string	"%d"
.LC8:
	.string	"%lld"
.LC9:
	.string	"%lld %lld\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB25:
	.cfi_startproc
	pushq	%r14
	.cfi_def_cfa_offset 16
	.cfi_offset 14, -16
	leaq	.LC1(%rip), %rsi
	leaq	.LC2(%rip), %rdi
	pushq	%r13
	.cfi_def_cfa_offset 24
	.cfi_offset 13, -24
	pushq	%r12
	.cfi_def_cfa_offset 32
	.cfi_offset 12, -32
	pushq	%rbp
	.cfi_def_cfa_offset 40
	.cfi_offset 6, -40
	pushq	%rbx
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
	subq	$16, %rsp
	.cfi_def_cfa_offset 64
	call	contains
	testl	%eax, %eax
	jne	.L16
	leaq	.LC4(%rip), %rsi
	leaq	.LC5(%rip), %rdi
	call	contains
	testl	%eax, %eax
	je	.L27
.L16:
	leaq	.LC3(%rip), %rdi
	xorl	%ebx, %ebx
	call	puts@PLT
.L13:
	addq	$16, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 48
	movl	%ebx, %eax
	popq	%rbx
	.cfi_def_cfa_offset 40
	popq	%rbp
	.cfi_def_cfa_offset 32
	popq	%r12
	.cfi_def_cfa_offset 24
	popq	%r13
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	ret
.L27:
	.cfi_restore_state
	xorl	%esi, %esi
	leaq	.LC6(%rip), %rdi
	call	access@PLT
	movl	%eax, %ebx
	testl	%eax, %eax
	jne	.L16
	call	getpid@PLT
	cmpl	$9, %eax
	jle	.L16
	xorl	%eax, %eax
	leaq	4(%rsp), %rsi
	leaq	.LC7(%rip), %rdi
	call	__isoc99_scanf@PLT
	subl	$1, %eax
	jne	.L17
	cmpl	$0, 4(%rsp)
	jle	.L17
	xorl	%ebp, %ebp
	xorl	%r13d, %r13d
	leaq	.LC8(%rip), %r14
	xorl	%r12d, %r12d
	jmp	.L18
.L22:
	xorl	%eax, %eax
	leaq	8(%rsp), %rsi
	movq	%r14, %rdi
	call	__isoc99_scanf@PLT
	subl	$1, %eax
	jne	.L17
	movq	8(%rsp), %rax
	addq	%rax, %r12
	testl	%ebp, %ebp
	je	.L21
	cmpq	%r13, %rax
	cmovl	%r13, %rax
.L21:
	addl	$1, %ebp
	movq	%rax, %r13
.L18:
	cmpl	4(%rsp), %ebp
	jl	.L22
	movq	%r13, %rdx
	movq	%r12, %rsi
	leaq	.LC9(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	jmp	.L13
.L17:
	movl	$1, %ebx
	jmp	.L13
	.cfi_endproc
.LFE25:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
